package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.control.PartnerApiException;
import fr.engagement.feeds.control.FeedValues;
import fr.engagement.partners.control.MissionDraft;
import fr.engagement.partners.control.OrganizationKeys;
import fr.engagement.partners.entity.AddressData;
import fr.engagement.partners.entity.OrganizationData;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A v2 mission body, checked for JSON types (a wrong type is a 400 INVALID_BODY naming the field) and applied to a
 * draft: only the fields present are written (PATCH semantics; null clears). Values are left to the review rules,
 * which give the peer's statusComment (places 0, unknown remote, negative amounts, ...).
 */
final class MissionV2Body {

    static final Set<String> TYPES = Set.of("benevolat", "volontariat_service_civique",
            "volontariat_sapeurs_pompiers", "volontariat_reserve_operationnelle");
    static final List<String> ORGANIZATION_FIELDS = List.of("organizationClientId", "organizationDescription",
            "organizationUrl", "organizationType", "organizationLogo", "organizationRNA", "organizationSiren",
            "organizationSiret", "organizationFullAddress", "organizationPostCode", "organizationCity",
            "organizationDepartment", "organizationDepartmentCode", "organizationDepartmentName",
            "organizationStatusJuridique", "organizationBeneficiaries", "organizationActions", "organizationReseaux");

    private final JsonObject json;

    private MissionV2Body(JsonObject json) {
        this.json = json;
    }

    static MissionV2Body parse(String body) {
        if (body == null || body.isBlank()) {
            throw PartnerApiException.badBody("A JSON object body is required");
        }
        try (var reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw PartnerApiException.badBody("The body must be a JSON object");
            }
            return new MissionV2Body(value.asJsonObject());
        } catch (JsonException e) {
            throw PartnerApiException.badBody("Invalid JSON body: " + e.getMessage());
        }
    }

    boolean has(String field) {
        return json.containsKey(field);
    }

    /** POST: clientId and title are required; organizationName too when any other organization field is given. */
    void requireForCreate() {
        if (!(json.get("clientId") instanceof JsonString s) || s.getString().isBlank()) {
            throw PartnerApiException.badBody("clientId is required (a non-empty string)");
        }
        if (s.getString().length() > fr.engagement.partners.control.Columns.CLIENT_ID) {
            throw PartnerApiException.badBody("clientId is longer than 255 characters");
        }
        if (!(json.get("title") instanceof JsonString)) {
            throw PartnerApiException.badBody("title is required (a string)");
        }
        requireOrganizationName();
    }

    void requireOrganizationName() {
        boolean other = ORGANIZATION_FIELDS.stream().anyMatch(f -> json.containsKey(f) && !isNull(f));
        if (other && string("organizationName") == null) {
            throw PartnerApiException.badBody("organizationName is required when other organization* fields are given");
        }
    }

    /** Writes the fields present into the draft. */
    void applyTo(MissionDraft d) {
        if (has("clientId")) {
            d.clientId = string("clientId");
        }
        if (has("title")) {
            d.title = string("title");
        }
        if (has("description")) {
            d.description = string("description");
        }
        if (has("applicationUrl")) {
            d.applicationUrl = string("applicationUrl");
        }
        if (has("image")) {
            d.image = string("image");
        }
        if (has("metadata")) {
            d.metadata = string("metadata");
        }
        if (has("domain")) {
            d.domain = string("domain");
        }
        if (has("schedule")) {
            d.schedule = string("schedule");
        }
        if (has("priority")) {
            d.priority = string("priority");
        }
        if (has("remote")) {
            d.remote = string("remote");
        }
        if (has("compensationUnit")) {
            d.compensationUnit = string("compensationUnit");
        }
        if (has("compensationType")) {
            d.compensationType = string("compensationType");
        }
        if (has("type")) {
            String type = string("type");
            if (type != null && !TYPES.contains(type)) {
                throw PartnerApiException.badBody("type must be one of " + String.join(", ", TYPES.stream().sorted().toList()));
            }
            d.type = type;
        }
        if (has("activities")) {
            d.activities = strings("activities");
        }
        if (has("tags")) {
            d.tags = strings("tags");
        }
        if (has("tasks")) {
            d.tasks = strings("tasks");
        }
        if (has("audience")) {
            d.audience = strings("audience");
        }
        if (has("requirements")) {
            d.requirements = strings("requirements");
        }
        if (has("softSkills")) {
            d.softSkills = strings("softSkills");
        }
        if (has("romeSkills")) {
            d.romeSkills = strings("romeSkills");
        }
        if (has("postedAt")) {
            d.postedAt = date("postedAt");
        }
        if (has("startAt")) {
            d.startAt = date("startAt");
        }
        if (has("endAt")) {
            d.endAt = date("endAt");
        }
        if (has("places")) {
            d.places = integer("places");
            d.placesGiven = d.places != null;
        }
        if (has("compensationAmount")) {
            d.compensationAmount = number("compensationAmount");
        }
        if (has("compensationAmountMax")) {
            d.compensationAmountMax = number("compensationAmountMax");
        }
        if (has("openToMinors")) {
            d.openToMinors = bool("openToMinors");
        }
        if (has("reducedMobilityAccessible")) {
            d.reducedMobilityAccessible = bool("reducedMobilityAccessible");
        }
        if (has("closeToTransport")) {
            d.closeToTransport = bool("closeToTransport");
        }
        if (has("addresses")) {
            d.addresses = addresses();
        }
        applyOrganization(d);
    }

    private void applyOrganization(MissionDraft d) {
        boolean any = has("organizationName") || ORGANIZATION_FIELDS.stream().anyMatch(this::has);
        if (!any) {
            return;
        }
        if (has("organizationClientId")) {
            d.organizationClientId = string("organizationClientId");
        }
        OrganizationData o = d.organization != null ? d.organization : new OrganizationData(null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        String siret = has("organizationSiret") ? OrganizationKeys.digits(string("organizationSiret")) : o.siret();
        String siren = has("organizationSiren") ? OrganizationKeys.digits(string("organizationSiren")) : o.siren();
        if (OrganizationKeys.isSiret(siren)) {
            siret = siret == null ? siren : siret;
            siren = siren.substring(0, 9);
        }
        d.organization = new OrganizationData(
                has("organizationName") ? string("organizationName") : o.name(),
                has("organizationRNA") ? OrganizationKeys.rna(string("organizationRNA")) : o.rna(),
                siren, siret,
                has("organizationUrl") ? string("organizationUrl") : o.url(),
                has("organizationLogo") ? string("organizationLogo") : o.logo(),
                has("organizationDescription") ? string("organizationDescription") : o.description(),
                has("organizationStatusJuridique") ? string("organizationStatusJuridique") : o.legalStatus(),
                has("organizationType") ? string("organizationType") : o.type(),
                has("organizationActions") ? strings("organizationActions") : o.actions(),
                has("organizationFullAddress") ? string("organizationFullAddress") : o.fullAddress(),
                has("organizationPostCode") ? string("organizationPostCode") : o.postalCode(),
                has("organizationCity") ? string("organizationCity") : o.city(),
                has("organizationBeneficiaries") ? strings("organizationBeneficiaries") : o.beneficiaries(),
                has("organizationReseaux") ? strings("organizationReseaux") : o.parentOrganizations());
    }

    private boolean isNull(String field) {
        return json.get(field) == null || json.get(field).getValueType() == JsonValue.ValueType.NULL;
    }

    private String string(String field) {
        return string(json, field, field);
    }

    private static String string(JsonObject o, String field, String path) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw PartnerApiException.badBody(path + " must be a string");
    }

    private List<String> strings(String field) {
        if (isNull(field)) {
            return new ArrayList<>();
        }
        if (!(json.get(field) instanceof JsonArray array)) {
            throw PartnerApiException.badBody(field + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonValue v : array) {
            if (!(v instanceof JsonString s)) {
                throw PartnerApiException.badBody(field + " must be an array of strings");
            }
            values.add(s.getString());
        }
        return values;
    }

    private Instant date(String field) {
        String value = string(field);
        try {
            return FeedValues.date(value);
        } catch (FeedValues.BadValue e) {
            throw PartnerApiException.badBody(field + " must be an ISO 8601 date");
        }
    }

    private Integer integer(String field) {
        if (isNull(field)) {
            return null;
        }
        if (!(json.get(field) instanceof JsonNumber n) || !n.isIntegral()) {
            throw PartnerApiException.badBody(field + " must be an integer");
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw PartnerApiException.badBody(field + " is out of range");
        }
    }

    private Double number(String field) {
        if (isNull(field)) {
            return null;
        }
        if (!(json.get(field) instanceof JsonNumber n)) {
            throw PartnerApiException.badBody(field + " must be a number");
        }
        return n.doubleValue();
    }

    private Boolean bool(String field) {
        JsonValue v = json.get(field);
        return switch (v.getValueType()) {
            case NULL -> null;
            case TRUE -> true;
            case FALSE -> false;
            default -> throw PartnerApiException.badBody(field + " must be a boolean");
        };
    }

    private List<AddressData> addresses() {
        if (isNull("addresses")) {
            return new ArrayList<>();
        }
        if (!(json.get("addresses") instanceof JsonArray array)) {
            throw PartnerApiException.badBody("addresses must be an array of objects");
        }
        List<AddressData> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject a)) {
                throw PartnerApiException.badBody("addresses must be an array of objects");
            }
            String p = "addresses[" + i + "].";
            // no coordinates through the API (as the peer): the point comes from our geocoding
            result.add(new AddressData(string(a, "street", p + "street"), string(a, "postalCode", p + "postalCode"),
                    string(a, "city", p + "city"), string(a, "departmentCode", p + "departmentCode"),
                    string(a, "departmentName", p + "departmentName"), string(a, "region", p + "region"),
                    string(a, "country", p + "country"), null, null, null));
        }
        return result;
    }
}
