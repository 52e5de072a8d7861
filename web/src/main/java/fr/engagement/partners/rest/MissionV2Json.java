package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.PartnerMissionAddress;
import fr.engagement.partners.entity.PublisherOrganization;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The v2 representation of a mission (the peer's buildData, schema MissionV2): every documented field is present,
 * null when empty (the description excepted, see below), so that partners' deserialisers find them all. Dates as
 * the peer writes them (ISO, milliseconds, Z).
 */
final class MissionV2Json {

    static final DateTimeFormatter DATE = JsonFields.INSTANT;

    private MissionV2Json() {}

    static JsonObject of(PartnerMission m) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        JsonFields.put(b, "id", m.getId());
        JsonFields.put(b, "clientId", m.getClientId());
        JsonFields.put(b, "publisherId", m.getPublisherId());
        JsonFields.put(b, "statusCode", m.getStatusCode());
        JsonFields.put(b, "statusComment", m.getStatusComment());
        JsonFields.put(b, "createdAt", m.getCreatedAt());
        JsonFields.put(b, "updatedAt", m.getUpdatedAt());
        JsonFields.put(b, "deletedAt", m.getDeletedAt());
        JsonFields.put(b, "title", m.getTitle());
        // a string even when the partner sent none (a mission the review refuses, "Description manquante"): the
        // contract's MissionV2 description is not nullable, and the peer's column defaults to ""
        String description = m.getDescriptionHtml() != null ? m.getDescriptionHtml() : m.getDescription();
        JsonFields.put(b, "description", description == null ? "" : description);
        JsonFields.put(b, "applicationUrl", m.getApplicationUrl());
        JsonFields.put(b, "image", m.getImage());
        JsonFields.put(b, "metadata", m.getMetadata());
        JsonFields.put(b, "postedAt", m.getPostedAt());
        JsonFields.put(b, "domain", m.getDomain());
        list(b, "activities", m.getActivities());
        list(b, "tags", m.getTags());
        list(b, "tasks", m.getTasks());
        list(b, "audience", m.getAudience());
        list(b, "requirements", m.getRequirements());
        list(b, "softSkills", m.getSoftSkills());
        list(b, "romeSkills", m.getRomeSkills());
        JsonFields.put(b, "remote", m.getRemote());
        JsonFields.put(b, "schedule", m.getSchedule());
        JsonFields.put(b, "startAt", m.getStartAt());
        JsonFields.put(b, "endAt", m.getEndAt());
        JsonFields.put(b, "priority", m.getPriority());
        number(b, "places", m.getPlaces());
        JsonFields.put(b, "placesStatus", m.getPlacesStatus());
        number(b, "compensationAmount", m.getCompensationAmount());
        number(b, "compensationAmountMax", m.getCompensationAmountMax());
        JsonFields.put(b, "compensationUnit", m.getCompensationUnit());
        JsonFields.put(b, "compensationType", m.getCompensationType());
        JsonFields.put(b, "openToMinors", m.getOpenToMinors());
        JsonFields.put(b, "reducedMobilityAccessible", m.getReducedMobilityAccessible());
        JsonFields.put(b, "closeToTransport", m.getCloseToTransport());
        JsonArrayBuilder addresses = JSON.createArrayBuilder();
        m.getAddresses().forEach(a -> addresses.add(address(a)));
        b.add("addresses", addresses);
        JsonFields.put(b, "type", m.getType());
        organization(b, m.getOrganization());
        return b.build();
    }

    private static JsonObject address(PartnerMissionAddress a) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        b.add("id", a.getId() == null ? null : Long.toString(a.getId()));
        JsonFields.put(b, "street", a.getStreet());
        JsonFields.put(b, "postalCode", a.getPostalCode());
        JsonFields.put(b, "city", a.getCity());
        JsonFields.put(b, "departmentCode", a.getDepartmentCode());
        JsonFields.put(b, "departmentName", a.getDepartmentName());
        JsonFields.put(b, "region", a.getRegion());
        JsonFields.put(b, "country", a.getCountry());
        if (a.getLatitude() != null && a.getLongitude() != null) {
            b.add("location", JSON.createObjectBuilder().add("lat", a.getLatitude()).add("lon", a.getLongitude()));
        } else {
            b.addNull("location");
        }
        JsonFields.put(b, "geolocStatus", a.getGeolocStatus());
        return b.build();
    }

    private static void organization(JsonObjectBuilder b, PublisherOrganization o) {
        JsonFields.put(b, "organizationClientId", o == null ? null : o.getClientId());
        JsonFields.put(b, "organizationName", o == null ? null : o.getName());
        JsonFields.put(b, "organizationDescription", o == null ? null : o.getDescription());
        JsonFields.put(b, "organizationUrl", o == null ? null : o.getUrl());
        JsonFields.put(b, "organizationType", o == null ? null : o.getType());
        JsonFields.put(b, "organizationLogo", o == null ? null : o.getLogo());
        JsonFields.put(b, "organizationRNA", o == null ? null : o.getRna());
        JsonFields.put(b, "organizationSiren", o == null ? null : o.getSiren());
        JsonFields.put(b, "organizationSiret", o == null ? null : o.getSiret());
        JsonFields.put(b, "organizationFullAddress", o == null ? null : o.getFullAddress());
        JsonFields.put(b, "organizationPostCode", o == null ? null : o.getPostalCode());
        JsonFields.put(b, "organizationCity", o == null ? null : o.getCity());
        JsonFields.put(b, "organizationStatusJuridique", o == null ? null : o.getLegalStatus());
        list(b, "organizationBeneficiaries", o == null ? List.of() : o.getBeneficiaries());
        list(b, "organizationActions", o == null ? List.of() : o.getActions());
        list(b, "organizationReseaux", o == null ? List.of() : o.getParentOrganizations());
    }



    static void number(JsonObjectBuilder b, String name, Number value) {
        if (value == null) {
            b.addNull(name);
        } else if (value instanceof Integer i) {
            b.add(name, i);
        } else {
            double d = value.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                b.add(name, (long) d);
            } else {
                b.add(name, d);
            }
        }
    }


    private static void list(JsonObjectBuilder b, String name, List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        b.add(name, array);
    }
}
