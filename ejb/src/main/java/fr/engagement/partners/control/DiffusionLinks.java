package fr.engagement.partners.control;

import fr.engagement.partners.entity.DiffusionRule;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who diffuses whom, as a partner's space shows it (§4): the announcers a broadcaster diffuses and the broadcasters
 * that diffuse an announcer, each with the criteria the announcer set under that root (organisations excluded,
 * mission types...), in French. Read on ix_diffusion_rule_publisher and ix_diffusion_rule_value.
 */
@Dependent
public class DiffusionLinks {

    /** The other side of a diffusion root, and the announcer's criteria under it. */
    public record Link(String publisherId, String name, List<String> criteria) {}

    /** What a partner diffuses (as a broadcaster) and who diffuses it (as an announcer). */
    public record Links(List<Link> diffused, List<Link> diffusers) {}

    private static final Map<String, String> FIELDS = Map.of(
            "type", "le type de mission",
            "publisherOrganizationId", "l'identifiant de l'organisation",
            "publisherOrganization.clientId", "l'identifiant (clientId) de l'organisation",
            "publisherOrganization.parentOrganizations", "le champ « organisations parentes »");

    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("is", "est"), Map.entry("is_not", "n'est pas"), Map.entry("contains", "contient"),
            Map.entry("does_not_contain", "ne contient pas"), Map.entry("starts_with", "commence par"),
            Map.entry("is_greater_than", "est supérieur à"), Map.entry("is_less_than", "est inférieur à"),
            Map.entry("exists", "est renseigné"), Map.entry("does_not_exist", "n'est pas renseigné"));

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    public Links of(String publisherId) {
        List<DiffusionRule> out = em.createQuery("SELECT r FROM DiffusionRule r WHERE r.publisherId = :p"
                + " AND r.parentId IS NULL AND r.field = :root", DiffusionRule.class).setParameter("p", publisherId)
                .setParameter("root", DiffusionRule.ROOT_FIELD).getResultList();
        List<DiffusionRule> in = em.createNamedQuery(DiffusionRule.ROOTS_OF_ANNOUNCER, DiffusionRule.class)
                .setParameter("announcer", publisherId).getResultList();
        Map<String, List<String>> criteria = criteria(out, in);
        Map<String, String> names = names(out.stream().map(DiffusionRule::getValue).toList(),
                in.stream().map(DiffusionRule::getPublisherId).toList());
        return new Links(links(out, DiffusionRule::getValue, names, criteria),
                links(in, DiffusionRule::getPublisherId, names, criteria));
    }

    /** A criterion in French: « l'identifiant (clientId) de l'organisation n'est pas ORG-9 ». */
    static String describe(String field, String operator, String value) {
        String text = FIELDS.getOrDefault(field, field) + " " + OPERATORS.getOrDefault(operator, operator);
        return operator.endsWith("exist") ? text : text + " « " + value + " »";
    }

    private Map<String, List<String>> criteria(List<DiffusionRule> out, List<DiffusionRule> in) {
        List<String> roots = Stream.concat(out.stream(), in.stream()).map(DiffusionRule::getId)
                .toList();
        if (roots.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM DiffusionRule r WHERE r.parentId IN :roots ORDER BY r.createdAt",
                DiffusionRule.class).setParameter("roots", roots).getResultStream()
                .collect(Collectors.groupingBy(DiffusionRule::getParentId,
                        Collectors.mapping(r -> describe(r.getField(), r.getOperator(), r.getValue()),
                                Collectors.toList())));
    }

    private Map<String, String> names(Collection<String> a, Collection<String> b) {
        List<String> ids = Stream.concat(a.stream(), b.stream()).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p.id, p.name FROM Publisher p WHERE p.id IN :ids AND p.deletedAt IS NULL",
                    Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    private static List<Link> links(List<DiffusionRule> roots, Function<DiffusionRule, String> other,
            Map<String, String> names, Map<String, List<String>> criteria) {
        return roots.stream().filter(r -> names.containsKey(other.apply(r)))
                .map(r -> new Link(other.apply(r), names.get(other.apply(r)), criteria.getOrDefault(r.getId(),
                        List.of())))
                .sorted(Comparator.comparing(Link::name)).toList();
    }
}
