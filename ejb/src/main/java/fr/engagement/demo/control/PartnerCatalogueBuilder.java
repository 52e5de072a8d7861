package fr.engagement.demo.control;

import fr.engagement.demo.control.MissionTemplates.Remote;
import fr.engagement.demo.control.MissionTemplates.Template;
import fr.engagement.demo.control.PlaceCatalogue.Place;
import fr.engagement.missions.entity.Activity;
import fr.engagement.missions.entity.Domain;
import fr.engagement.partners.entity.AddressData;
import fr.engagement.partners.entity.ApiKeys;
import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.partners.entity.MissionContent;
import fr.engagement.partners.entity.OrganizationData;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.partners.entity.PublisherOrganization;
import fr.engagement.territory.entity.Department;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Third scene: the partner exchange. A second announcer, « Réseau Entraide Solidaire (démo) », has about forty
 * missions in the shared catalogue (written from the same templates as ours, placed in the demo's departments),
 * a few refused by the automatic review with the peer's own comments, a few withdrawn; the demo partner
 * « Bénévoles Connectés (démo) » has a handful of its own and a known API key. The platform diffuses both announcers
 * (their missions show in the bénévolat search), the demo partner diffuses the platform and the second announcer,
 * and a few tracking events give the statistics something to count.
 */
final class PartnerCatalogueBuilder {

    /**
     * The demo partner's API key, fixed so that the documentation can show real calls. Written only by the demo
     * (app.demo-data=true); production keys are random and shown once ({@link Publisher#rotateApiKey}).
     */
    static final String DEMO_PARTNER_KEY = "demo-partenaire-cle-api-0000000000000000000";

    static final String ANNOUNCER_NAME = "Réseau Entraide Solidaire (démo)";

    static final String FEED_ANNOUNCER_NAME = "Plateforme Bénévoles par flux (démo)";

    /** Missions of the second announcer refused by the review, with the peer's exact comment. */
    private static final List<String> REFUSALS = List.of("Le titre est trop court (1 seul mot)",
            "URL de candidature manquant", "Domaine non valide : \"sante-publique\"",
            "Nombre de places invalide (doit être supérieur à 0)");

    private record Organisation(String clientId, String name, String rna, String legalStatus, String city,
            String postalCode) {}

    private static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("org-main-tendue", "Association La Main Tendue", "W691004512", "Association", "Lyon",
                    "69003"),
            new Organisation("org-panier", "Épicerie solidaire Le Panier", "W751209876", "Association", "Paris",
                    "75011"),
            new Organisation("org-sport-inclusif", "Club Sportif Inclusif", "W332001234", "Association", "Bordeaux",
                    "33000"),
            new Organisation("org-nature-landes", "Collectif Nature Landes", "W402003456", "Association",
                    "Mont-de-Marsan", "40000"),
            new Organisation("org-seniors", "Entraide Seniors Saint-Denis", "W932004567", "Association",
                    "Saint-Denis", "93200"),
            new Organisation("org-mjc-bourg", "Maison des jeunes de Bourg", null, "Collectivité territoriale",
                    "Bourg-en-Bresse", "01000"));

    private final EntityManager em;
    private final Timeline time;
    private final Places places;
    private final Map<Integer, List<Template>> templates = MissionTemplates.load();
    private final Map<String, String> activityLabels = new HashMap<>();

    PartnerCatalogueBuilder(EntityManager em, Timeline time, Places places) {
        this.em = em;
        this.time = time;
        this.places = places;
        for (Object row : em.createNativeQuery("SELECT slug, label FROM partner_activity").getResultList()) {
            Object[] r = (Object[]) row;
            activityLabels.put((String) r[0], (String) r[1]);
        }
    }

    /** Returns a summary for the log. */
    String build(String demoPartnerId) {
        Instant start = time.daysAgo(300, 320);
        Publisher announcer = new Publisher(ANNOUNCER_NAME, start);
        announcer.describe("ASSOCIATIF_ACTORS", "https://entraide-solidaire.example.org",
                "partenariats@entraide-solidaire.example.org", null, null,
                "Réseau associatif de démonstration : il publie ses missions de bénévolat par l'API.");
        announcer.setAnnouncer(true, "benevolat");
        em.persist(announcer);
        // rules, organisations and missions reference the publisher by a plain column: insert it first
        em.flush();
        em.persist(DiffusionRule.root(Publisher.PLATFORM_ID, announcer.getId(), start));
        em.persist(DiffusionRule.root(Publisher.PLATFORM_ID, demoPartnerId, start));
        em.persist(DiffusionRule.root(demoPartnerId, announcer.getId(), start));
        em.flush();
        // the known demo key: a hash like any other, written here because no production path chooses a key
        em.createNativeQuery("UPDATE publisher SET api_key_hash = ?, api_key_hint = ?, api_key_created_at = ?"
                + " WHERE id = ?").setParameter(1, ApiKeys.hash(DEMO_PARTNER_KEY))
                .setParameter(2, DEMO_PARTNER_KEY.substring(0, 6)).setParameter(3, start)
                .setParameter(4, demoPartnerId).executeUpdate();

        List<PublisherOrganization> organisations = ORGANISATIONS.stream().map(o -> organisation(announcer, o))
                .toList();
        List<PartnerMission> theirs = missions(announcer.getId(), organisations, 40, "https://entraide-solidaire"
                + ".example.org/missions/");
        PublisherOrganization own = organisation(demoPartnerId, new Organisation("bc-association",
                "Bénévoles Connectés — l'association", "W691009999", "Association", "Villeurbanne", "69100"));
        List<PartnerMission> partners = missions(demoPartnerId, List.of(own), 6,
                "https://benevoles-connectes.example.org/missions/");
        int refused = 0;
        for (int i = 0; i < REFUSALS.size(); i++) {
            refuse(theirs.get(5 + i * 9), REFUSALS.get(i));
            refused++;
        }
        int deleted = 0;
        for (int i : new int[] {3, 17, 29}) {
            theirs.get(i).delete(time.daysAgo(2, 20));
            deleted++;
        }
        feedAnnouncer(start);
        em.flush();
        int events = new PartnerEvents(em, time).write(theirs, partners, announcer.getId(), demoPartnerId);
        return (theirs.size() + partners.size()) + " partner missions (" + refused + " refused, " + deleted
                + " withdrawn), " + events + " tracking events";
    }

    /**
     * An announcer that sends its missions by an XML feed, served by the application itself
     * ({@code /demo/flux-partenaire.xml}), diffused by the platform: an administrator can run its import from the
     * feeds page and watch the counts and the refused mission; the schedule imports it too. Needs the demo's
     * {@code partners.feed.allowed-hosts=localhost}, set by the demo launcher.
     */
    private void feedAnnouncer(Instant start) {
        Publisher feed = new Publisher(FEED_ANNOUNCER_NAME, start);
        feed.describe("ASSOCIATIF_ACTORS", "https://benevoles-flux.example.org", "flux@benevoles-flux.example.org",
                null, null, "Plateforme de démonstration qui publie ses missions par un flux XML.");
        feed.setAnnouncer(true, "benevolat");
        String base = ConfigProvider.getConfig().getOptionalValue("app.base-url", String.class)
                .orElse("http://localhost:8080");
        feed.setFeed(base.replaceAll("/$", "") + "/demo/flux-partenaire.xml", null, null);
        em.persist(feed);
        em.flush();
        em.persist(DiffusionRule.root(Publisher.PLATFORM_ID, feed.getId(), start));
    }

    private PublisherOrganization organisation(Publisher publisher, Organisation o) {
        return organisation(publisher.getId(), o);
    }

    private PublisherOrganization organisation(String publisherId, Organisation o) {
        PublisherOrganization row = new PublisherOrganization(publisherId, o.clientId(), time.daysAgo(200, 300));
        row.update(new OrganizationData(o.name(), o.rna(), null, null, null, null,
                "Organisation de démonstration du catalogue partagé.", o.legalStatus(), null, List.of(),
                o.postalCode() + " " + o.city(), o.postalCode(), o.city(), List.of(), List.of()), row.getCreatedAt());
        em.persist(row);
        em.flush(); // its missions copy its id to their addresses (diffusion exclusions)
        return row;
    }

    private List<PartnerMission> missions(String publisherId, List<PublisherOrganization> organisations, int count,
            String site) {
        List<Integer> domains = new ArrayList<>(templates.keySet());
        List<PartnerMission> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int domainId = domains.get(i % domains.size());
            List<Template> ofDomain = templates.get(domainId);
            Template t = ofDomain.get((i / domains.size()) % ofDomain.size());
            String clientId = "M-" + (1000 + i);
            Instant at = time.daysAgo(3, 120);
            PartnerMission m = new PartnerMission(publisherId, clientId, at);
            MissionContent content = content(t, em.find(Domain.class, domainId), site + clientId, at,
                    PlaceCatalogue.DEPARTMENTS.get(i % PlaceCatalogue.DEPARTMENTS.size()));
            m.write(content, content.hash(), null, organisations.get(i % organisations.size()), at);
            em.persist(m);
            written.add(m);
        }
        return written;
    }

    private MissionContent content(Template t, Domain domain, String url, Instant postedAt, String department) {
        StringBuilder html = new StringBuilder("<p>Notre association ").append(MissionText.escape(t.pitch()))
                .append(".</p><p>").append(MissionText.escape(t.context())).append("</p><ul>");
        StringBuilder text = new StringBuilder("Notre association ").append(t.pitch()).append(".\n")
                .append(t.context());
        for (String task : t.tasks()) {
            html.append("<li>").append(MissionText.escape(task)).append("</li>");
            text.append("\n • ").append(task);
        }
        html.append("</ul>");
        List<String> labels = t.activities().stream().map(id -> em.find(Activity.class, id))
                .map(a -> activityLabels.get(a.getPartnerSlug())).filter(java.util.Objects::nonNull).distinct()
                .sorted().toList();
        String remote = t.remote() == Remote.ONLY ? "full" : t.remote() == Remote.YES ? "possible" : "no";
        LocalDate start = time.today().plusDays(time.between(-10, 40));
        LocalDate end = time.chance(0.2) ? null : start.plusDays(time.between(30, 200));
        List<AddressData> addresses = "full".equals(remote) ? List.of() : List.of(address(department));
        return new MissionContent(t.title(), text.toString(), html.toString(), url, null, "benevolat",
                domain.getPartnerSlug(), null, labels, List.of(), t.tasks(), List.of(), List.of(),
                t.prerequisites() == null ? List.of() : List.of(t.prerequisites()), List.of(), remote, null, null,
                postedAt, dayStart(start), end == null ? null : dayStart(end).plusSeconds(86_399), null, null,
                time.between(t.minPlaces(), t.maxPlaces()), "GIVEN_BY_PARTNER", false, null, t.minors(), null, null,
                null, null, null, null, addresses);
    }

    private static Instant dayStart(LocalDate day) {
        return day.atStartOfDay(fr.engagement.platform.control.ClockProducer.PARIS).toInstant();
    }

    private AddressData address(String departmentCode) {
        List<Place> candidates = PlaceCatalogue.BY_DEPARTMENT.get(departmentCode);
        Places.Resolved r = places.resolve(candidates.get(time.random().nextInt(candidates.size())));
        Department d = r.commune().getDepartment();
        return new AddressData(time.pick(PlaceCatalogue.STREETS), r.place().postalCode(), r.commune().getName(),
                d.getCode(), d.getName(), d.getRegion() == null ? null : d.getRegion().getName(), "FR",
                r.point().latitude(), r.point().longitude(), "ENRICHED_BY_API");
    }

    /** A mission sent with a defect, and what the peer's review says of it. */
    private void refuse(PartnerMission m, String comment) {
        String title = m.getTitle();
        String url = m.getApplicationUrl();
        String domain = m.getDomain();
        Integer placesOffered = m.getPlaces();
        if (comment.startsWith("Le titre")) {
            title = "Maraude";
        } else if (comment.startsWith("URL")) {
            url = null;
        } else if (comment.startsWith("Domaine")) {
            domain = "sante-publique";
        } else {
            placesOffered = 0;
        }
        MissionContent c = new MissionContent(title, m.getDescription(), m.getDescriptionHtml(), url, m.getImage(),
                m.getType(), domain, m.getDomainOriginal(), m.getActivities(), m.getTags(), m.getTasks(),
                m.getAudience(), m.getSoftSkills(), m.getRequirements(), m.getRomeSkills(), m.getRemote(),
                m.getSchedule(), m.getDuration(), m.getPostedAt(), m.getStartAt(), m.getEndAt(), m.getPriority(),
                m.getMetadata(), placesOffered, m.getPlacesStatus(), m.isSnu(), m.getSnuPlaces(),
                m.getOpenToMinors(), m.getReducedMobilityAccessible(), m.getCloseToTransport(),
                m.getCompensationAmount(), m.getCompensationAmountMax(), m.getCompensationUnit(),
                m.getCompensationType(), m.getAddresses().stream().map(a -> a.data()).toList());
        m.write(c, c.hash(), comment, m.getOrganization(), m.getLastSyncAt());
    }
}
