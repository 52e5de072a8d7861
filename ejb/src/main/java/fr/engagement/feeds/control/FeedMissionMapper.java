package fr.engagement.feeds.control;

import static fr.engagement.feeds.control.FeedValues.text;

import fr.engagement.partners.control.MissionDraft;
import fr.engagement.partners.control.OrganizationKeys;
import fr.engagement.partners.entity.AddressData;
import fr.engagement.partners.entity.OrganizationData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code <mission>} element to a draft, with every element and alias of API Engagement §2.1. Values are kept as
 * sent (postal codes, clientIds and list values are strings: "01000" stays "01000"); dates, booleans, remote values
 * and compensation units are read as the peer reads them. The mission {@code type} is the publisher's.
 */
public final class FeedMissionMapper {

    private static final String PUBLISHER = "ENRICHED_BY_PUBLISHER";

    private final String missionType;
    private final String defaultLogo;

    /** {@code missionType}: the publisher's; {@code defaultLogo}: its defaultMissionLogo, for organisations without one. */
    public FeedMissionMapper(String missionType, String defaultLogo) {
        this.missionType = missionType;
        this.defaultLogo = defaultLogo == null || defaultLogo.isBlank() ? null : defaultLogo;
    }

    /** The mission's clientId as sent, or null when absent or empty (the mission is then not importable). */
    public static String clientId(XmlNode mission) {
        return text(mission.text("clientId"));
    }

    /** @throws FeedValues.BadValue on a value that cannot be read (a date) */
    public MissionDraft map(XmlNode m) {
        MissionDraft d = new MissionDraft();
        d.clientId = clientId(m);
        d.title = m.text("title").map(t -> org.jsoup.parser.Parser.unescapeEntities(t, false)).orElse(null);
        d.description = text(m.text("description"));
        d.applicationUrl = text(m.text("applicationUrl"));
        d.image = text(m.text("image"));
        d.type = missionType;
        d.domain = text(m.text("domain"));
        d.domainOriginal = text(m.text("domainOriginal"));
        d.activities = new ArrayList<>(list(m, "activity", "activities"));
        d.tags = list(m, "tags");
        d.tasks = list(m, "tasks");
        d.audience = list(m, "audience", "publicBeneficiaries", "publicsBeneficiaires");
        d.softSkills = list(m, "softSkills", "soft_skills");
        d.requirements = list(m, "requirements");
        d.romeSkills = list(m, "romeSkills");
        d.remote = m.text("remote").map(FeedValues::remote).orElse(null);
        d.schedule = text(m.text("schedule"));
        d.postedAt = date(m, "postedAt");
        d.startAt = date(m, "startAt");
        d.endAt = date(m, "endAt");
        d.priority = text(m.text("priority"));
        d.metadata = text(m.text("metadata"));
        Optional<String> places = m.text("places");
        d.places = places.map(FeedValues::integer).orElse(null);
        d.placesGiven = d.places != null;
        d.snu = Boolean.TRUE.equals(FeedValues.bool(m.text("snu")));
        d.snuPlaces = m.text("snuPlaces").map(FeedValues::integer).orElse(null);
        d.openToMinors = FeedValues.bool(m.text("openToMinors"));
        d.reducedMobilityAccessible = FeedValues.bool(m.text("reducedMobilityAccessible"));
        d.closeToTransport = FeedValues.bool(m.text("closeToTransport"));
        d.compensationAmount = m.text("compensationAmount").map(FeedValues::number).orElse(null);
        d.compensationUnit = m.text("compensationUnit").map(FeedValues::compensationUnit).orElse(null);
        d.compensationType = text(m.text("compensationType")) == null ? null
                : text(m.text("compensationType")).toLowerCase(java.util.Locale.ROOT);
        d.addresses = addresses(m);
        organization(m, d);
        return d;
    }

    private static Instant date(XmlNode m, String name) {
        try {
            return FeedValues.date(text(m.text(name)));
        } catch (FeedValues.BadValue e) {
            throw new FeedValues.BadValue("<" + name + ">: " + e.getMessage());
        }
    }

    /** "a,b", {@code <value>} children or {@code <item>} children, under the first alias present. */
    static List<String> list(XmlNode m, String... names) {
        return m.child(names).map(node -> {
            List<XmlNode> values = new ArrayList<>(node.children("value"));
            values.addAll(node.children("item"));
            if (!values.isEmpty()) {
                return values.stream().map(XmlNode::text).filter(s -> !s.isEmpty()).toList();
            }
            return FeedValues.commaList(node.text());
        }).orElse(List.of());
    }

    private static List<AddressData> addresses(XmlNode m) {
        List<AddressData> result = new ArrayList<>();
        m.child("addresses").ifPresent(list -> list.children("address").forEach(a -> {
            Double[] point = location(a);
            result.add(new AddressData(text(a.text("street")), text(a.text("postalCode")), text(a.text("city")),
                    text(a.text("departmentCode")), text(a.text("departmentName")), text(a.text("region")),
                    text(a.text("country", "countryCode")), point[0], point[1], point[0] != null ? PUBLISHER : null));
        }));
        if (!result.isEmpty()) {
            return result;
        }
        // legacy single address: <address>/<adresse> holds the street, the other parts sit beside it
        String street = m.child("address", "adresse").filter(XmlNode::isLeaf).map(n -> text(Optional.of(n.text())))
                .orElse(null);
        String city = text(m.text("city"));
        String postalCode = text(m.text("postalCode"));
        String country = text(m.text("country", "countryCode"));
        if (street == null && city == null && postalCode == null && country == null) {
            return result;
        }
        Double[] point = location(m);
        if (point[0] == null) {
            point = lonLat(text(m.text("lonlat")), true);
        }
        if (point[0] == null) {
            point = lonLat(text(m.text("lonLat")), false);
        }
        result.add(new AddressData(street, postalCode, city, text(m.text("departmentCode")),
                text(m.text("departmentName")), text(m.text("region")), country, point[0], point[1],
                point[0] != null ? PUBLISHER : null));
        return result;
    }

    /** {@code <location><lat/><lon/></location>}; {latitude, longitude} or {null, null}. */
    private static Double[] location(XmlNode parent) {
        return parent.child("location").map(l -> point(FeedValues.number(text(l.text("lat", "latitude"))),
                FeedValues.number(text(l.text("lon", "lng", "longitude"))))).orElse(new Double[] {null, null});
    }

    /**
     * {@code lonlat} is "lon,lat" but partners swap it: when only the swapped reading falls in metropolitan France,
     * it is taken. {@code lonLat} (Service Civique) is "lat,lon".
     */
    static Double[] lonLat(String value, boolean lonFirst) {
        List<String> parts = FeedValues.commaList(value);
        if (parts.size() != 2) {
            return new Double[] {null, null};
        }
        Double a = FeedValues.number(parts.get(0));
        Double b = FeedValues.number(parts.get(1));
        if (a == null || b == null) {
            return new Double[] {null, null};
        }
        if (!lonFirst) {
            return point(a, b);
        }
        if (!inFrance(b, a) && inFrance(a, b)) {
            return point(a, b);
        }
        return point(b, a);
    }

    private static boolean inFrance(double lat, double lon) {
        return lat >= 41 && lat <= 51.5 && lon >= -5.5 && lon <= 10;
    }

    private static Double[] point(Double lat, Double lon) {
        if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            return new Double[] {null, null};
        }
        return new Double[] {lat, lon};
    }

    private void organization(XmlNode m, MissionDraft d) {
        d.organizationClientId = text(m.text("organizationClientId", "organizationId"));
        String name = text(m.text("organizationName"));
        String rna = OrganizationKeys.rna(text(m.text("organizationRNA", "organizationRna")));
        String sirenOrSiret = OrganizationKeys.digits(text(m.text("organizationSiren")));
        String siret = OrganizationKeys.digits(text(m.text("organizationSiret")));
        String siren = sirenOrSiret;
        if (OrganizationKeys.isSiret(sirenOrSiret)) {
            siret = sirenOrSiret;
            siren = sirenOrSiret.substring(0, 9);
        } else if (siren == null && OrganizationKeys.isSiret(siret)) {
            siren = siret.substring(0, 9);
        }
        String url = text(m.text("organizationUrl"));
        String logo = text(m.text("organizationLogo"));
        String description = text(m.text("organizationDescription"));
        String legalStatus = text(m.text("organizationStatusJuridique"));
        String type = text(m.text("organizationType"));
        List<String> actions = list(m, "keyActions");
        String fullAddress = text(m.text("organizationFullAddress"));
        String postalCode = text(m.text("organizationPostCode"));
        String city = text(m.text("organizationCity"));
        List<String> beneficiaries = list(m, "organizationBeneficiaries", "organizationBeneficiaires",
                "publicBeneficiaries", "publicsBeneficiaires");
        List<String> networks = new ArrayList<>(list(m, "organizationReseaux"));
        String parent = text(m.text("parentOrganizationName"));
        if (parent != null) {
            networks.add(parent);
        }
        boolean any = d.organizationClientId != null || name != null || rna != null || siren != null
                || siret != null || url != null || logo != null || description != null || legalStatus != null
                || type != null || !actions.isEmpty() || fullAddress != null || postalCode != null || city != null
                || !networks.isEmpty();
        if (any) {
            d.organization = new OrganizationData(name, rna, siren, siret, url, logo == null ? defaultLogo : logo,
                    description, legalStatus, type, actions, fullAddress, postalCode, city, beneficiaries,
                    networks);
        }
    }
}
