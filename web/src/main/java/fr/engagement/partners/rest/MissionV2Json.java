package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.PartnerMissionAddress;
import fr.engagement.partners.entity.PublisherOrganization;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The v2 representation of a mission (the peer's buildData, schema MissionV2): every documented field is present,
 * null when empty (the description excepted, see below), so that partners' deserialisers find them all. Dates as
 * the peer writes them (ISO, milliseconds, Z).
 */
final class MissionV2Json {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private MissionV2Json() {}

    static JsonObject of(PartnerMission m) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        add(b, "id", m.getId());
        add(b, "clientId", m.getClientId());
        add(b, "publisherId", m.getPublisherId());
        add(b, "statusCode", m.getStatusCode());
        add(b, "statusComment", m.getStatusComment());
        date(b, "createdAt", m.getCreatedAt());
        date(b, "updatedAt", m.getUpdatedAt());
        date(b, "deletedAt", m.getDeletedAt());
        add(b, "title", m.getTitle());
        // a string even when the partner sent none (a mission the review refuses, "Description manquante"): the
        // contract's MissionV2 description is not nullable, and the peer's column defaults to ""
        String description = m.getDescriptionHtml() != null ? m.getDescriptionHtml() : m.getDescription();
        add(b, "description", description == null ? "" : description);
        add(b, "applicationUrl", m.getApplicationUrl());
        add(b, "image", m.getImage());
        add(b, "metadata", m.getMetadata());
        date(b, "postedAt", m.getPostedAt());
        add(b, "domain", m.getDomain());
        list(b, "activities", m.getActivities());
        list(b, "tags", m.getTags());
        list(b, "tasks", m.getTasks());
        list(b, "audience", m.getAudience());
        list(b, "requirements", m.getRequirements());
        list(b, "softSkills", m.getSoftSkills());
        list(b, "romeSkills", m.getRomeSkills());
        add(b, "remote", m.getRemote());
        add(b, "schedule", m.getSchedule());
        date(b, "startAt", m.getStartAt());
        date(b, "endAt", m.getEndAt());
        add(b, "priority", m.getPriority());
        number(b, "places", m.getPlaces());
        add(b, "placesStatus", m.getPlacesStatus());
        number(b, "compensationAmount", m.getCompensationAmount());
        number(b, "compensationAmountMax", m.getCompensationAmountMax());
        add(b, "compensationUnit", m.getCompensationUnit());
        add(b, "compensationType", m.getCompensationType());
        bool(b, "openToMinors", m.getOpenToMinors());
        bool(b, "reducedMobilityAccessible", m.getReducedMobilityAccessible());
        bool(b, "closeToTransport", m.getCloseToTransport());
        JsonArrayBuilder addresses = JSON.createArrayBuilder();
        m.getAddresses().forEach(a -> addresses.add(address(a)));
        b.add("addresses", addresses);
        add(b, "type", m.getType());
        organization(b, m.getOrganization());
        return b.build();
    }

    private static JsonObject address(PartnerMissionAddress a) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        b.add("id", a.getId() == null ? null : Long.toString(a.getId()));
        add(b, "street", a.getStreet());
        add(b, "postalCode", a.getPostalCode());
        add(b, "city", a.getCity());
        add(b, "departmentCode", a.getDepartmentCode());
        add(b, "departmentName", a.getDepartmentName());
        add(b, "region", a.getRegion());
        add(b, "country", a.getCountry());
        if (a.getLatitude() != null && a.getLongitude() != null) {
            b.add("location", JSON.createObjectBuilder().add("lat", a.getLatitude()).add("lon", a.getLongitude()));
        } else {
            b.addNull("location");
        }
        add(b, "geolocStatus", a.getGeolocStatus());
        return b.build();
    }

    private static void organization(JsonObjectBuilder b, PublisherOrganization o) {
        add(b, "organizationClientId", o == null ? null : o.getClientId());
        add(b, "organizationName", o == null ? null : o.getName());
        add(b, "organizationDescription", o == null ? null : o.getDescription());
        add(b, "organizationUrl", o == null ? null : o.getUrl());
        add(b, "organizationType", o == null ? null : o.getType());
        add(b, "organizationLogo", o == null ? null : o.getLogo());
        add(b, "organizationRNA", o == null ? null : o.getRna());
        add(b, "organizationSiren", o == null ? null : o.getSiren());
        add(b, "organizationSiret", o == null ? null : o.getSiret());
        add(b, "organizationFullAddress", o == null ? null : o.getFullAddress());
        add(b, "organizationPostCode", o == null ? null : o.getPostalCode());
        add(b, "organizationCity", o == null ? null : o.getCity());
        add(b, "organizationStatusJuridique", o == null ? null : o.getLegalStatus());
        list(b, "organizationBeneficiaries", o == null ? List.of() : o.getBeneficiaries());
        list(b, "organizationActions", o == null ? List.of() : o.getActions());
        list(b, "organizationReseaux", o == null ? List.of() : o.getParentOrganizations());
    }

    static void add(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    static void date(JsonObjectBuilder b, String name, Instant value) {
        add(b, name, value == null ? null : DATE.format(value));
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

    private static void bool(JsonObjectBuilder b, String name, Boolean value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static void list(JsonObjectBuilder b, String name, List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        b.add(name, array);
    }
}
