package fr.engagement.partners.control;

import fr.engagement.partners.entity.DiffusionRule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a broadcaster's diffusion rules, at most once per request (two indexed queries: its rules by
 * {@code ix_diffusion_rule_publisher}, then which of its announcers still exist). Nothing is kept beyond the
 * request, so a rule written now applies to the next request.
 */
@RequestScoped
public class DiffusionRules {

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    private final Map<String, DiffusionScope> scopes = new HashMap<>();

    public DiffusionScope scopeOf(String broadcasterId) {
        return scopes.computeIfAbsent(broadcasterId, this::read);
    }

    /** Forgets what this request read, after it changed rules. */
    public void changed() {
        scopes.clear();
    }

    private DiffusionScope read(String broadcasterId) {
        List<DiffusionRule> rules = em.createNamedQuery(DiffusionRule.OF_BROADCASTER, DiffusionRule.class)
                .setParameter("publisher", broadcasterId).getResultList();
        Set<String> announcers = rules.stream().filter(DiffusionRule::isRoot).map(DiffusionRule::getValue)
                .collect(Collectors.toSet());
        Set<String> live = announcers.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                "SELECT p.id FROM Publisher p WHERE p.id IN :ids AND p.deletedAt IS NULL", String.class)
                .setParameter("ids", announcers).getResultList());
        return DiffusionScope.of(broadcasterId, rules, live);
    }
}
