package fr.engagement.partners.control;

import fr.engagement.missions.entity.Activity;
import fr.engagement.missions.entity.DateType;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionAddress;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.partners.entity.AddressData;
import fr.engagement.partners.entity.MissionContent;
import fr.engagement.partners.entity.OrganizationData;
import fr.engagement.structures.entity.Structure;
import fr.engagement.territory.entity.Department;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * How one of our missions reads in the shared catalogue, in the peer's vocabulary (§1.2 of the reference): our
 * domain and activities become the peer's slugs and labels (domain.partner_slug, activity.partner_slug), our rich
 * text becomes the peer's plain {@code description} beside the HTML, a remote mission is {@code full}, the
 * structure becomes an organisation. Pure functions: the catalogue control feeds them, unit tests check them.
 */
public final class PlatformMissionMapping {

    /** Dates of the platform are days in France; the catalogue holds instants. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Our addresses come from the territory tables, not from a partner: the peer's status for that. */
    static final String GEOLOC_FROM_TERRITORY = "ENRICHED_BY_API";

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "br", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "ul", "ol", "li", "tr");

    private PlatformMissionMapping() {}

    /**
     * The catalogue content of a mission. {@code activityLabels} maps the peer's activity slugs to their labels
     * (table partner_activity); {@code postedAt} is when the mission was first diffused, kept across rewrites so
     * that an unchanged mission keeps its hash.
     */
    public static MissionContent content(Mission m, String missionUrl, Map<String, String> activityLabels,
            Instant postedAt) {
        String html = descriptionHtml(m);
        List<String> requirements = m.getPrerequisites() == null ? List.of() : List.of(m.getPrerequisites());
        boolean recurring = m.getDateType() == DateType.RECURRING;
        return new MissionContent(m.getTitle(), text(html), html, missionUrl, null, "benevolat",
                m.getDomain().getPartnerSlug(), m.getDomain().getName(), activities(m, activityLabels), List.of(),
                List.of(), List.of(), List.of(), requirements, List.of(), remote(m.getType()),
                recurring ? m.getRecurrenceDescription() : null, months(m.getStartDate(), m.getEndDate()), postedAt,
                startOf(m.getStartDate()), endOf(m.getEndDate()), null, null, m.getPlaces(), "GIVEN_BY_PARTNER",
                false, null, m.isOpenToMinors(), null, null, null, null, null, null,
                addresses(m));
    }

    /** The peer's remote value: our remote missions are entirely remote, on-site ones are not remote at all. */
    public static String remote(MissionType type) {
        return type == MissionType.REMOTE ? "full" : "no";
    }

    /** The labels of the peer's activities our activities map to, sorted and without duplicates. */
    static List<String> activities(Mission m, Map<String, String> activityLabels) {
        TreeSet<String> labels = new TreeSet<>();
        for (Activity a : m.getActivities()) {
            String label = activityLabels.get(a.getPartnerSlug());
            if (label != null) {
                labels.add(label);
            }
        }
        return List.copyOf(labels);
    }

    /** Description, then objectives under a heading: the partner shows one text. */
    static String descriptionHtml(Mission m) {
        if (m.getObjectives() == null || m.getObjectives().isBlank()) {
            return m.getDescription();
        }
        return m.getDescription() + "<h3>Objectifs</h3>" + m.getObjectives();
    }

    /**
     * Plain text of our rich text as the peer makes it (html-to-text): one line per block, list items prefixed
     * with " • ", entities decoded, no empty lines.
     */
    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                    if (e.normalName().equals("li")) {
                        out.append(" • ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        return out.toString().lines().map(PlatformMissionMapping::squeeze).filter(l -> !l.isBlank())
                .map(l -> l.startsWith("• ") ? " " + l : l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static String squeeze(String line) {
        return line.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    static List<AddressData> addresses(Mission m) {
        if (m.getType() == MissionType.REMOTE) {
            return List.of();
        }
        Department d = m.getDepartment();
        return m.getAddresses().stream().map(a -> address(a, d)).toList();
    }

    private static AddressData address(MissionAddress a, Department d) {
        // all addresses of a mission are in its department (Mission.placeAt)
        boolean same = d != null && d.getCode().equals(a.getDepartmentCode());
        return new AddressData(a.getStreet(), a.getPostalCode(), a.getCity(), a.getDepartmentCode(),
                same ? d.getName() : null, same && d.getRegion() != null ? d.getRegion().getName() : null, "FR",
                a.getLatitude(), a.getLongitude(), GEOLOC_FROM_TERRITORY);
    }

    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(PARIS).toInstant();
    }

    /** The end date is the last day of the mission: it ends at the end of that day. */
    static Instant endOf(LocalDate day) {
        return day == null ? null : day.atTime(LocalTime.of(23, 59, 59)).atZone(PARIS).toInstant();
    }

    /** The peer's duration: whole months between start and end (its import's rule), null without an end. */
    static Integer months(LocalDate start, LocalDate end) {
        return start == null || end == null ? null : (int) ChronoUnit.MONTHS.between(start, end);
    }

    /**
     * The organisation a structure is in the catalogue: identity (RNA, SIRET and its SIREN), French legal status,
     * address, website, description as text, and its network as the peer's "réseaux".
     */
    public static OrganizationData organization(Structure s) {
        String siret = blankToNull(s.getSiret());
        String siren = siret != null && siret.replace(" ", "").length() >= 9 ? siret.replace(" ", "").substring(0, 9)
                : null;
        String description = s.getDescription() == null ? null : blankToNull(text(s.getDescription()));
        List<String> networks = s.getNetwork() == null ? List.of() : List.of(s.getNetwork().getName());
        return new OrganizationData(s.getName(), blankToNull(s.getRna()), siren, siret, blankToNull(s.getWebsite()),
                null, description, s.getLegalStatus() == null ? null : s.getLegalStatus().label(),
                blankToNull(s.getSubType()), List.of(), fullAddress(s), s.getPostalCode(), s.getCity(), List.of(),
                networks);
    }

    static String fullAddress(Structure s) {
        String place = String.join(" ", java.util.stream.Stream.of(s.getPostalCode(), s.getCity())
                .filter(Objects::nonNull).toList());
        if (s.getStreet() == null || s.getStreet().isBlank()) {
            return blankToNull(place);
        }
        return place.isEmpty() ? s.getStreet().strip() : s.getStreet().strip() + ", " + place;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
