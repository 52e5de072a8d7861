package fr.engagement.partners.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The mission fields a diffusion rule may test (the documented list of the reference openapi.yaml). The peer's code
 * only accepts the two organisation fields; its documentation also lists {@code type} and
 * {@code publisherOrganizationId}, which we accept too. {@code column} is the SQL of the value: on the mission
 * ({@code m}) for {@code type}, on its publisher organisation ({@code o}) for the others.
 */
public enum RuleField {
    TYPE("type", "m.type", false, false),
    ORGANIZATION_ID("publisherOrganizationId", "CAST(o.id AS CHAR)", true, false),
    // identifiers are exact (V14), rules compare as they always did, case-insensitively (the peer's diffuse flag)
    ORGANIZATION_CLIENT_ID("publisherOrganization.clientId", "o.client_id COLLATE utf8mb4_unicode_ci", true, false),
    PARENT_ORGANIZATIONS("publisherOrganization.parentOrganizations", "o.parent_organizations", true, true);

    private final String apiName;
    private final String column;
    private final boolean onOrganization;
    private final boolean array;

    RuleField(String apiName, String column, boolean onOrganization, boolean array) {
        this.apiName = apiName;
        this.column = column;
        this.onOrganization = onOrganization;
        this.array = array;
    }

    public static Optional<RuleField> of(String apiName) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(apiName)).findFirst();
    }

    public String apiName() { return apiName; }
    String column() { return column; }
    boolean onOrganization() { return onOrganization; }
    public boolean array() { return array; }
}
