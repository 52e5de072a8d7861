package fr.engagement.partners.boundary;

import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.partners.entity.Publisher;
import java.util.List;

/**
 * A broadcaster that diffuses an announcer's missions: its publisher, the root rule saying so, and the child rules
 * the announcer set under it (organisation exclusions and other criteria).
 */
public record Broadcaster(Publisher publisher, DiffusionRule root, List<DiffusionRule> rules) {

    /** The organisation clientIds this announcer excluded from this broadcaster. */
    public List<String> excludedOrganizations() {
        return rules.stream().filter(r -> Diffusions.ORGANIZATION_CLIENT_ID.equals(r.getField())
                && "is_not".equals(r.getOperator())).map(DiffusionRule::getValue).toList();
    }

    public boolean excludes(String organizationClientId) {
        return excludedOrganizations().stream().anyMatch(v -> v.equalsIgnoreCase(organizationClientId));
    }
}
