package fr.engagement.partners.boundary;

import fr.engagement.partners.control.DiffusionRules;
import fr.engagement.partners.control.PartnerApiException;
import fr.engagement.partners.control.RuleField;
import fr.engagement.partners.control.RuleOperator;
import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.partners.entity.OrganizationData;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.partners.entity.PublisherOrganization;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An announcer's side of diffusion: which broadcasters diffuse its missions (the roots an admin set), and the
 * criteria it sets under them (§4 of the reference): organisation exclusions ({@code /v0/myorganization}) and rules
 * ({@code /v0/diffusion-rule}). An announcer only ever reads and changes the child rules of roots whose value is
 * itself; roots are the admin's.
 */
@Stateless
public class Diffusions {

    public static final String ORGANIZATION_CLIENT_ID = "publisherOrganization.clientId";

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    DiffusionRules rules;

    Clock clock = Clock.systemUTC();

    /** A broadcaster with, for one organisation, whether it is excluded and its clicks of the last 30 days. */
    public record OrganizationDiffusion(Publisher publisher, boolean excluded, long clicks) {}

    /** A created (or identical, already there) rule and the broadcaster it applies to. */
    public record CreatedRule(String broadcasterId, DiffusionRule rule) {}

    /** The live broadcasters diffusing {@code caller}'s missions, by name, with the rules under each root. */
    public List<Broadcaster> broadcasters(Publisher caller) {
        List<DiffusionRule> roots = em.createNamedQuery(DiffusionRule.ROOTS_OF_ANNOUNCER, DiffusionRule.class)
                .setParameter("announcer", caller.getId()).getResultList();
        if (roots.isEmpty()) {
            return List.of();
        }
        Map<String, List<DiffusionRule>> children = new HashMap<>();
        em.createQuery("SELECT r FROM DiffusionRule r WHERE r.parentId IN :roots ORDER BY r.createdAt, r.id",
                DiffusionRule.class).setParameter("roots", roots.stream().map(DiffusionRule::getId).toList())
                .getResultList().forEach(r -> children.computeIfAbsent(r.getParentId(), k -> new ArrayList<>()).add(r));
        Map<String, Publisher> publishers = em.createQuery("SELECT p FROM Publisher p WHERE p.id IN :ids"
                + " AND p.deletedAt IS NULL", Publisher.class)
                .setParameter("ids", roots.stream().map(DiffusionRule::getPublisherId).toList()).getResultList()
                .stream().collect(Collectors.toMap(Publisher::getId, p -> p));
        return roots.stream().filter(r -> publishers.containsKey(r.getPublisherId())
                        && !r.getPublisherId().equals(caller.getId()))
                .map(r -> new Broadcaster(publishers.get(r.getPublisherId()), r,
                        List.copyOf(children.getOrDefault(r.getId(), List.of()))))
                .sorted(Comparator.comparing((Broadcaster b) -> b.publisher().getName()).thenComparing(
                        b -> b.publisher().getId()))
                .toList();
    }

    /** One broadcaster of {@code caller}; NOT_FOUND when it does not diffuse the caller. */
    public Broadcaster broadcaster(Publisher caller, String broadcasterId) {
        return broadcasters(caller).stream().filter(b -> b.publisher().getId().equals(broadcasterId)).findFirst()
                .orElseThrow(() -> PartnerApiException.notFound("Publisher not found"));
    }

    /** The caller's broadcasters as seen from one of its organisations; NOT_FOUND for an unknown organisation. */
    public List<OrganizationDiffusion> organization(Publisher caller, String organizationClientId) {
        PublisherOrganization org = organizationOf(caller, organizationClientId);
        if (org == null) {
            throw PartnerApiException.notFound("Organization not found");
        }
        return diffusion(caller, org);
    }

    /**
     * Sets the broadcasters allowed to diffuse an organisation's missions: every other broadcaster of the caller
     * gets an exclusion ({@code publisherOrganization.clientId is_not}), stale exclusions of allowed ones go.
     * Creates the organisation when the caller never declared it, renames it when a name is given.
     */
    public List<OrganizationDiffusion> allow(Publisher caller, String organizationClientId, String organizationName,
            List<String> allowedBroadcasters) {
        Instant now = clock.instant();
        PublisherOrganization org = organizationOf(caller, organizationClientId);
        if (org == null) {
            org = new PublisherOrganization(caller.getId(), organizationClientId, now);
            em.persist(org);
        }
        if (organizationName != null && !organizationName.isBlank()) {
            OrganizationData d = org.data();
            org.update(new OrganizationData(organizationName.strip(), d.rna(), d.siren(), d.siret(), d.url(),
                    d.logo(), d.description(), d.legalStatus(), d.type(), d.actions(), d.fullAddress(),
                    d.postalCode(), d.city(), d.beneficiaries(), d.parentOrganizations()), now);
        }
        Set<String> allowed = Set.copyOf(allowedBroadcasters);
        for (Broadcaster b : broadcasters(caller)) {
            List<DiffusionRule> exclusions = b.rules().stream().filter(r -> ORGANIZATION_CLIENT_ID.equals(
                    r.getField()) && "is_not".equals(r.getOperator()) && r.getValue().equalsIgnoreCase(
                    organizationClientId)).toList();
            if (allowed.contains(b.publisher().getId())) {
                exclusions.forEach(em::remove);
            } else if (exclusions.isEmpty()) {
                em.persist(DiffusionRule.child(b.root(), ORGANIZATION_CLIENT_ID, "string", "is_not",
                        organizationClientId, now));
            }
        }
        em.flush();
        rules.changed();
        return diffusion(caller, org);
    }

    /** Creates a child rule under the root of each listed broadcaster that diffuses the caller. */
    public List<CreatedRule> createRule(Publisher caller, List<String> broadcasterIds, String field,
            String fieldType, String operator, String value) {
        RuleField f = RuleField.of(field).orElseThrow(() -> PartnerApiException.badBody("Invalid field: " + field
                + " (expected type, publisherOrganizationId, publisherOrganization.clientId or"
                + " publisherOrganization.parentOrganizations)"));
        RuleOperator op = RuleOperator.of(operator).orElseThrow(() -> PartnerApiException.badBody(
                "Invalid operator: " + operator));
        if (op.comparable()) {
            throw PartnerApiException.badBody("Operator " + operator + " does not apply to " + f.apiName()
                    + ", which is not a number or a date");
        }
        String type = fieldType == null || fieldType.isBlank() ? "string" : fieldType;
        List<Broadcaster> targets = broadcasters(caller).stream()
                .filter(b -> broadcasterIds.contains(b.publisher().getId())).toList();
        if (targets.isEmpty()) {
            throw PartnerApiException.forbidden("None of these publishers diffuses your missions");
        }
        Instant now = clock.instant();
        List<CreatedRule> created = new ArrayList<>();
        for (Broadcaster b : targets) {
            DiffusionRule same = b.rules().stream().filter(r -> r.getField().equals(field)
                    && r.getValue().equalsIgnoreCase(value)).findFirst().orElse(null);
            if (same != null && !(same.getOperator().equals(operator) && same.getFieldType().equals(type))) {
                throw PartnerApiException.conflict("A rule on " + field + " = " + value + " already exists for "
                        + b.publisher().getId() + " with operator " + same.getOperator());
            }
            DiffusionRule rule = same;
            if (rule == null) {
                rule = DiffusionRule.child(b.root(), field, type, operator, value, now);
                em.persist(rule);
            }
            created.add(new CreatedRule(b.publisher().getId(), rule));
        }
        rules.changed();
        return created;
    }

    /** Deletes a child rule under one of the caller's roots; NOT_FOUND if unknown, FORBIDDEN if not the caller's. */
    public void deleteRule(Publisher caller, String ruleId) {
        DiffusionRule rule = ruleId == null ? null : em.find(DiffusionRule.class, ruleId);
        if (rule == null) {
            throw PartnerApiException.notFound("Diffusion rule not found");
        }
        DiffusionRule root = rule.getParentId() == null ? null : em.find(DiffusionRule.class, rule.getParentId());
        if (root == null || !root.isRoot() || !caller.getId().equals(root.getValue())) {
            throw PartnerApiException.forbidden("This rule is not one of yours");
        }
        em.remove(rule);
        rules.changed();
    }

    /** Organisations declared by publishers (the platform's structures among them), by name, RNA or SIRET. */
    public List<PublisherOrganization> searchOrganizations(String q, String rna, String siret, int limit, int skip) {
        StringBuilder jpql = new StringBuilder("SELECT o FROM PublisherOrganization o WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (rna != null && !rna.isBlank()) {
            jpql.append(" AND o.rna = :rna");
            params.put("rna", rna.strip());
        }
        if (siret != null && !siret.isBlank()) {
            jpql.append(" AND o.siret = :siret");
            params.put("siret", siret.strip());
        }
        if (q != null && !q.isBlank()) {
            jpql.append(" AND (o.rna = :q OR o.siret = :q OR o.siren = :q OR LOWER(o.name) LIKE :like)");
            params.put("q", q.strip());
            params.put("like", "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
        }
        jpql.append(" ORDER BY o.name, o.id");
        var query = em.createQuery(jpql.toString(), PublisherOrganization.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(skip).setMaxResults(limit).getResultList();
    }

    private PublisherOrganization organizationOf(Publisher caller, String clientId) {
        return em.createNamedQuery(PublisherOrganization.BY_CLIENT_ID, PublisherOrganization.class)
                .setParameter("publisher", caller.getId()).setParameter("clientId", clientId).getResultStream()
                .findFirst().orElse(null);
    }

    private List<OrganizationDiffusion> diffusion(Publisher caller, PublisherOrganization org) {
        Map<String, Long> clicks = new HashMap<>();
        if (org.getId() != null) {
            // ix_stat_event_daily_to (to_publisher_id, day), then each mission by its key
            LocalDate since = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(30);
            List<?> rows = em.createNativeQuery("SELECT d.from_publisher_id, SUM(d.count) FROM stat_event_daily d"
                    + " JOIN partner_mission m ON m.id = d.mission_id WHERE d.to_publisher_id = ?1 AND d.day >= ?2"
                    + " AND d.type = 'click' AND m.organization_id = ?3 GROUP BY d.from_publisher_id")
                    .setParameter(1, caller.getId()).setParameter(2, Date.valueOf(since))
                    .setParameter(3, org.getId()).getResultList();
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                clicks.put((String) c[0], ((Number) c[1]).longValue());
            }
        }
        return broadcasters(caller).stream().map(b -> new OrganizationDiffusion(b.publisher(),
                b.excludes(org.getClientId()), clicks.getOrDefault(b.publisher().getId(), 0L))).toList();
    }
}
