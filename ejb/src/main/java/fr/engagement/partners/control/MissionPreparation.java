package fr.engagement.partners.control;

import fr.engagement.partners.entity.AddressData;
import fr.engagement.partners.entity.MissionContent;
import fr.engagement.partners.entity.OrganizationData;
import fr.engagement.partners.entity.PartnerMission;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A draft to what the catalogue stores: the content (text of the description, activity labels, geocoded addresses,
 * dates and image kept from the stored row when the partner omits them, duration in months), its review, and the
 * key of its organisation. The same for feeds and for the v2 API.
 */
public final class MissionPreparation {

    public static final String MEMOIRE = "memoire-et-citoyennete";

    /** What to store; {@code refusal} null means ACCEPTED; {@code organizationKey} null means no organisation. */
    public record Prepared(String clientId, MissionContent content, String hash, String refusal,
            String organizationKey, OrganizationData organization, String title) {}

    /** What a stored mission keeps when the partner leaves it out: its dates of publication and start, its image. */
    public record Kept(Instant postedAt, Instant startAt, String image) {
        public static Kept of(PartnerMission m) {
            return m == null ? null : new Kept(m.getPostedAt(), m.getStartAt(), m.getImage());
        }
    }

    private final MissionReview review;
    private final Activities activities;
    private final Geocoder geocoder;

    public MissionPreparation(MissionReview review, Activities activities, Geocoder geocoder) {
        this.review = review;
        this.activities = activities;
        this.geocoder = geocoder;
    }

    /** {@code stored}: what the catalogue's row for that clientId keeps, or null; {@code now}: the default date. */
    public Prepared prepare(MissionDraft d, Kept stored, Instant now) {
        // the rules read the text form (entities decoded), as the peer's review reads its converted description
        String raw = d.description;
        String fullText = HtmlText.text(raw);
        String text = fullText != null && fullText.length() > MissionReview.MAX_DESCRIPTION
                ? fullText.substring(0, MissionReview.MAX_DESCRIPTION) : fullText;
        String descriptionHtml = raw;
        if (descriptionHtml != null && descriptionHtml.length() > MissionReview.MAX_DESCRIPTION * 5) {
            descriptionHtml = descriptionHtml.substring(0, MissionReview.MAX_DESCRIPTION * 5);
        }
        String domain = Columns.cut(domain(d.domain), 255);
        List<AddressData> addresses = d.addresses.stream().map(Columns::address).map(geocoder::geocode)
                .map(Columns::address).toList();
        Instant postedAt = first(d.postedAt, stored == null ? null : stored.postedAt(), now);
        Instant startAt = first(d.startAt, stored == null ? null : stored.startAt(), now);
        Integer places = d.places == null ? 1 : d.places;
        String image = d.image != null ? d.image : stored == null ? null : stored.image();
        String remote = Columns.cut(d.remote, 40);
        String unit = Columns.cut(d.compensationUnit, 40);
        String compensationType = Columns.cut(d.compensationType, 40);
        MissionContent content = new MissionContent(Columns.cut(d.title, 1000), text, descriptionHtml,
                Columns.cut(d.applicationUrl, 2000), Columns.cut(image, 2000), d.type == null ? "benevolat" : d.type,
                domain, Columns.cut(d.domainOriginal, 255), activities.labels(d.activities), Columns.list(d.tags),
                Columns.list(d.tasks), Columns.list(d.audience), Columns.list(d.softSkills),
                Columns.list(d.requirements), Columns.list(d.romeSkills), remote, Columns.cut(d.schedule, 1000),
                months(startAt, d.endAt), postedAt, startAt, d.endAt, Columns.cut(d.priority, 255),
                Columns.cut(d.metadata, 2000), places, d.placesGiven ? "GIVEN_BY_PARTNER" : "ATTRIBUTED_BY_API",
                d.snu, d.snuPlaces, d.openToMinors, d.reducedMobilityAccessible, d.closeToTransport,
                d.compensationAmount, d.compensationAmountMax, unit, compensationType, addresses);
        String refusal = review.refusal(new MissionReview.Subject(d.title, d.clientId, fullText, d.applicationUrl,
                addresses.stream().map(AddressData::country).toList(), remote, places, domain,
                d.organizationName(), d.compensationAmount, d.compensationAmountMax, unit, compensationType));
        OrganizationData org = Columns.organization(d.organization);
        String explicit = Columns.cut(d.organizationClientId, Columns.CLIENT_ID);
        String key = org == null ? OrganizationKeys.clientId(explicit, null, null, null, null)
                : OrganizationKeys.clientId(explicit, org.rna(), org.siret(), org.siren(), org.name());
        if (key != null && org == null) {
            org = new OrganizationData(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null);
        }
        return new Prepared(d.clientId, content, content.hash(), refusal, key, org, d.title);
    }

    /** "mémoire et citoyenneté" (the label partners send) is the slug memoire-et-citoyennete. */
    public static String domain(String domain) {
        if (domain == null) {
            return null;
        }
        String folded = fr.engagement.territory.control.TextNormaliser.normalise(domain);
        return folded.equals("memoire et citoyennete") ? MEMOIRE : domain.strip();
    }

    /** Whole months from start to end, as the peer counts them; null without both. */
    static Integer months(Instant start, Instant end) {
        if (start == null || end == null) {
            return null;
        }
        return (int) ChronoUnit.MONTHS.between(start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC));
    }

    private static Instant first(Instant given, Instant stored, Instant fallback) {
        return given != null ? given : stored != null ? stored : fallback;
    }
}
