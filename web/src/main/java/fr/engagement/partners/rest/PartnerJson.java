package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;
import static fr.engagement.partners.rest.JsonFields.put;

import fr.engagement.partners.boundary.Broadcaster;
import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.partners.entity.Publisher;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** Publishers and rules in the contract's shapes ({@code Partner}, {@code PartnerWithExclusions}, {@code DiffusionRule}). */
final class PartnerJson {

    private PartnerJson() {}

    static JsonObjectBuilder partner(Publisher p) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("_id", p.getId()).add("name", p.getName());
        put(o, "category", p.getCategory());
        put(o, "url", p.getUrl());
        put(o, "logo", p.getLogo());
        put(o, "description", p.getDescription());
        return o.add("widget", p.isWidgetRights()).add("api", p.isApiRights()).add("campaign", p.isCampaignRights())
                .add("annonceur", p.isAnnonceur());
    }

    /**
     * A broadcaster with the organisations the caller excluded from it. {@code publisherOrganizationId} holds the
     * organisation's clientId, the identifier the announcer knows it by (also given as {@code organizationClientId}).
     */
    static JsonObjectBuilder withExclusions(Broadcaster b) {
        JsonArrayBuilder excluded = JSON.createArrayBuilder();
        for (String clientId : b.excludedOrganizations()) {
            excluded.add(JSON.createObjectBuilder().add("publisherOrganizationId", clientId)
                    .add("organizationClientId", clientId).add("excludedForDiffuseurId", b.publisher().getId()));
        }
        return partner(b.publisher()).add("excludedOrganizations", excluded);
    }

    static JsonObjectBuilder rule(DiffusionRule r) {
        return JSON.createObjectBuilder().add("id", r.getId()).add("field", r.getField())
                .add("fieldType", r.getFieldType()).add("operator", r.getOperator()).add("value", r.getValue());
    }
}
