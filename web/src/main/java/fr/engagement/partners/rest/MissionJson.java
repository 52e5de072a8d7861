package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;
import static fr.engagement.partners.rest.JsonFields.orEmpty;
import static fr.engagement.partners.rest.JsonFields.put;
import static fr.engagement.partners.rest.JsonFields.strings;

import fr.engagement.partners.control.CatalogueEntry;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.PartnerMissionAddress;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.partners.entity.PublisherOrganization;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * A catalogue mission in the v0 shape ({@code MissionLegacy} of the contract): every documented field present,
 * nulls included; the flat address fields from the first address; the organisation's fields from the publisher
 * organisation; {@code openToMinors} and {@code reducedMobilityAccessible} as "yes"/"no"/null. For a broadcaster
 * the {@code applicationUrl} is the tracked redirect {@code <base>/r/<missionId>/<broadcasterId>}; an announcer
 * reading its own missions gets its raw URL.
 */
final class MissionJson {

    private MissionJson() {}

    /** {@code trackedFor}: the broadcaster whose redirect replaces the URL, or null for the raw URL. */
    static JsonObjectBuilder legacy(CatalogueEntry entry, String baseUrl, String trackedFor) {
        PartnerMission m = entry.mission();
        JsonObjectBuilder o = JSON.createObjectBuilder();
        o.add("_id", m.getId()).add("id", m.getId()).add("clientId", m.getClientId())
                .add("publisherId", m.getPublisherId()).add("statusCode", m.getStatusCode());
        put(o, "statusComment", m.getStatusComment());
        o.add("statusCommentHistoric", JSON.createArrayBuilder());
        o.add("title", orEmpty(m.getTitle()));
        o.add("description", orEmpty(m.getDescription()));
        put(o, "descriptionHtml", m.getDescriptionHtml());
        put(o, "applicationUrl", trackedFor == null ? m.getApplicationUrl()
                : baseUrl + "/r/" + m.getId() + "/" + trackedFor);
        put(o, "image", m.getImage());
        put(o, "domainLogo", m.getImage());
        put(o, "metadata", m.getMetadata());
        put(o, "priority", m.getPriority());
        put(o, "domain", m.getDomain());
        put(o, "domainOriginal", m.getDomainOriginal());
        List<String> activities = m.getActivities();
        o.add("activities", strings(activities));
        put(o, "activity", activities.isEmpty() ? null : String.join(", ", activities));
        o.add("tags", strings(m.getTags())).add("tasks", strings(m.getTasks()))
                .add("audience", strings(m.getAudience())).add("requirements", strings(m.getRequirements()))
                .add("softSkills", strings(m.getSoftSkills())).add("soft_skills", strings(m.getSoftSkills()))
                .add("romeSkills", strings(m.getRomeSkills()));
        put(o, "remote", m.getRemote());
        put(o, "schedule", m.getSchedule());
        put(o, "startAt", m.getStartAt());
        put(o, "endAt", m.getEndAt());
        put(o, "postedAt", m.getPostedAt());
        put(o, "duration", m.getDuration());
        put(o, "places", m.getPlaces());
        o.add("placesStatus", m.getPlacesStatus());
        o.add("snu", m.isSnu());
        put(o, "snuPlaces", m.getSnuPlaces());
        put(o, "compensationAmount", m.getCompensationAmount());
        put(o, "compensationAmountMax", m.getCompensationAmountMax());
        put(o, "compensationUnit", m.getCompensationUnit());
        put(o, "compensationType", m.getCompensationType());
        o.add("openToMinors", JsonFields.yesNo(m.getOpenToMinors()));
        o.add("reducedMobilityAccessible", JsonFields.yesNo(m.getReducedMobilityAccessible()));
        put(o, "closeToTransport", m.getCloseToTransport());
        put(o, "type", m.getType());
        addresses(o, m.getAddresses());
        organization(o, m.getOrganization());
        Publisher p = entry.publisher();
        o.add("publisherName", p == null ? "" : orEmpty(p.getName()));
        o.add("publisherUrl", p == null ? "" : orEmpty(p.getUrl()));
        o.add("publisherLogo", p == null ? "" : orEmpty(p.getLogo()));
        put(o, "lastSyncAt", entry.lastSyncAt());
        put(o, "createdAt", m.getCreatedAt());
        put(o, "updatedAt", m.getUpdatedAt());
        put(o, "deletedAt", m.getDeletedAt());
        o.add("deleted", m.getDeletedAt() != null);
        return o;
    }

    private static void addresses(JsonObjectBuilder o, List<PartnerMissionAddress> addresses) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (PartnerMissionAddress a : addresses) {
            JsonObjectBuilder json = JSON.createObjectBuilder();
            json.add("id", String.valueOf(a.getId()));
            put(json, "street", a.getStreet());
            put(json, "postalCode", a.getPostalCode());
            put(json, "city", a.getCity());
            put(json, "departmentCode", a.getDepartmentCode());
            put(json, "departmentName", a.getDepartmentName());
            put(json, "region", a.getRegion());
            put(json, "country", a.getCountry());
            json.add("location", location(a));
            json.add("geoPoint", a.getLatitude() == null || a.getLongitude() == null ? JsonValue.NULL
                    : JSON.createObjectBuilder().add("type", "Point").add("coordinates",
                            JSON.createArrayBuilder().add(a.getLongitude()).add(a.getLatitude())).build());
            put(json, "geolocStatus", a.getGeolocStatus());
            array.add(json);
        }
        o.add("addresses", array);
        PartnerMissionAddress first = addresses.isEmpty() ? null : addresses.get(0);
        put(o, "address", first == null ? null : first.getStreet());
        put(o, "adresse", first == null ? null : first.getStreet());
        put(o, "city", first == null ? null : first.getCity());
        put(o, "postalCode", first == null ? null : first.getPostalCode());
        put(o, "departmentCode", first == null ? null : first.getDepartmentCode());
        put(o, "departmentName", first == null ? null : first.getDepartmentName());
        put(o, "region", first == null ? null : first.getRegion());
        put(o, "country", first == null ? null : first.getCountry());
        o.add("location", first == null ? JsonValue.NULL : location(first));
    }

    private static JsonValue location(PartnerMissionAddress a) {
        return a.getLatitude() == null || a.getLongitude() == null ? JsonValue.NULL
                : JSON.createObjectBuilder().add("lat", a.getLatitude()).add("lon", a.getLongitude()).build();
    }

    private static void organization(JsonObjectBuilder o, PublisherOrganization org) {
        boolean none = org == null;
        put(o, "organizationClientId", none ? null : org.getClientId());
        put(o, "organizationName", none ? null : org.getName());
        put(o, "organizationRNA", none ? null : org.getRna());
        put(o, "organizationSiren", none ? null : org.getSiren());
        put(o, "organizationSiret", none ? null : org.getSiret());
        put(o, "organizationUrl", none ? null : org.getUrl());
        put(o, "organizationLogo", none ? null : org.getLogo());
        put(o, "organizationDescription", none ? null : org.getDescription());
        put(o, "organizationFullAddress", none ? null : org.getFullAddress());
        put(o, "organizationPostCode", none ? null : org.getPostalCode());
        put(o, "organizationCity", none ? null : org.getCity());
        put(o, "organizationStatusJuridique", none ? null : org.getLegalStatus());
        put(o, "organizationType", none ? null : org.getType());
        o.add("organizationBeneficiaries", strings(none ? List.of() : org.getBeneficiaries()));
        o.add("organizationActions", strings(none ? List.of() : org.getActions()));
        o.add("organizationReseaux", strings(none ? List.of() : org.getParentOrganizations()));
        // the peer's organizationId is the match in the national RNA registry, which we do not hold
        o.addNull("organizationId");
        o.addNull("organizationNameVerified");
        o.addNull("organizationRNAVerified");
        o.addNull("organizationSirenVerified");
        o.addNull("organizationSiretVerified");
    }
}
