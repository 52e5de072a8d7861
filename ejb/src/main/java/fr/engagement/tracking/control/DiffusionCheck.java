package fr.engagement.tracking.control;

import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.tracking.control.TrackingDirectory.MissionTarget;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * May this broadcaster use this mission (§4)? Yes for its own live missions, and for the live missions of an
 * announcer it has a root rule for, unless a child rule of that root excludes the mission's organisation. Only the
 * organisation rules ({@code publisherOrganization.clientId} with {@code is}/{@code is_not}) are read here; the
 * v0 read API has the full rule compiler. Rules are read at each call: a change takes effect at once.
 */
@Dependent
public class DiffusionCheck {

    static final String ORGANIZATION_FIELD = "publisherOrganization.clientId";

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    public boolean allows(String broadcasterId, MissionTarget mission) {
        if (!mission.live()) {
            return false;
        }
        if (mission.publisherId().equals(broadcasterId)) {
            return true;
        }
        List<DiffusionRule> rules = em.createNamedQuery(DiffusionRule.OF_BROADCASTER, DiffusionRule.class)
                .setParameter("publisher", broadcasterId).getResultList();
        return allows(rules, mission);
    }

    /** The decision on the broadcaster's rules, pure. */
    static boolean allows(List<DiffusionRule> rules, MissionTarget mission) {
        for (DiffusionRule root : rules) {
            if (root.isRoot() && mission.publisherId().equals(root.getValue())
                    && rules.stream().filter(c -> root.getId().equals(c.getParentId()))
                            .allMatch(c -> accepts(c, mission))) {
                return true;
            }
        }
        return false;
    }

    private static boolean accepts(DiffusionRule criterion, MissionTarget mission) {
        if (!ORGANIZATION_FIELD.equals(criterion.getField())) {
            return true; // other criteria are the v0 compiler's; they do not narrow the activity check
        }
        String org = mission.organizationClientId() == null ? "" : mission.organizationClientId()
                .toLowerCase(Locale.ROOT);
        boolean same = org.equals(criterion.getValue().toLowerCase(Locale.ROOT));
        return switch (criterion.getOperator()) {
            case "is" -> same;
            case "is_not" -> !same;
            default -> true;
        };
    }
}
