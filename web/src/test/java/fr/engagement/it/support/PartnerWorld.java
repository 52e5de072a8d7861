package fr.engagement.it.support;

import fr.engagement.partners.entity.AddressData;
import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.partners.entity.MissionContent;
import fr.engagement.partners.entity.OrganizationData;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.partners.entity.PublisherOrganization;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small partner exchange for the API tests, written straight through the entities (no import, no v2 write):
 * broadcaster B diffuses announcer A1 (minus two of its organisations), not announcer A2; broadcaster C diffuses
 * both; D is a deleted publisher whose key must be refused. Answers the API keys and ids the HTTP tests need.
 * Each call builds a fresh world (new publishers), so runs against the same database never mix.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PartnerWorld {

    public static final AddressData LYON = new AddressData("1 place Bellecour", "69002", "Lyon", "69", "Rhône",
            "Auvergne-Rhône-Alpes", "FR", 45.7578, 4.8320, "ENRICHED_BY_PUBLISHER");
    public static final AddressData VILLEURBANNE = new AddressData("12 cours Émile Zola", "69100", "Villeurbanne",
            "69", "Rhône", "Auvergne-Rhône-Alpes", "FR", 45.7719, 4.8902, "ENRICHED_BY_PUBLISHER");
    public static final AddressData PARIS = new AddressData("5 rue de Rivoli", "75004", "Paris", "75", "Paris",
            "Île-de-France", "FR", 48.8556, 2.3590, "ENRICHED_BY_API");
    public static final AddressData MARSEILLE = new AddressData("Quai du Port", "13002", "Marseille", "13",
            "Bouches-du-Rhône", "Provence-Alpes-Côte d'Azur", "FR", 43.2965, 5.3698, "ENRICHED_BY_API");

    @PersistenceContext
    EntityManager em;

    /**
     * Hands a world built in the server to the client-side tests of the same class: both JVMs run on this machine
     * with the same temporary directory (target/, see arquillian.xml and web/pom.xml).
     */
    public static void save(String name, Map<String, String> world) {
        java.util.Properties p = new java.util.Properties();
        p.putAll(world);
        try (var out = java.nio.file.Files.newOutputStream(file(name))) {
            p.store(out, "partner API test world");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Map<String, String> load(String name) {
        java.util.Properties p = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(file(name))) {
            p.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> world = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> world.put(k, p.getProperty(k)));
        return world;
    }

    private static java.nio.file.Path file(String name) {
        return java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), name + ".properties");
    }

    public Map<String, String> build() {
        Instant now = Instant.now();
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> world = new LinkedHashMap<>();
        world.put("token", token);

        Publisher b = publisher("Diffuseur Bêta " + token, true, true, now, world, "B");
        Publisher c = publisher("Diffuseur Gamma " + token, true, false, now, world, "C");
        Publisher a1 = publisher("Annonceur Un " + token, false, true, now, world, "A1");
        Publisher a2 = publisher("Annonceur Deux " + token, false, true, now, world, "A2");
        Publisher d = publisher("Partenaire supprimé " + token, true, true, now, world, "D");
        d.delete(now);
        // rules and missions name their publishers by a plain column: EclipseLink cannot order those inserts itself
        em.flush();

        DiffusionRule bA1 = DiffusionRule.root(b.getId(), a1.getId(), now);
        em.persist(bA1);
        DiffusionRule cA1 = DiffusionRule.root(c.getId(), a1.getId(), now);
        em.persist(cA1);
        em.persist(DiffusionRule.root(c.getId(), a2.getId(), now));
        em.flush();
        DiffusionRule exclusion = DiffusionRule.child(bA1, "publisherOrganization.clientId", "string", "is_not",
                "ORG-EXCLU", now);
        em.persist(exclusion);
        em.persist(DiffusionRule.child(bA1, "publisherOrganization.parentOrganizations", "string",
                "does_not_contain", "réseau EXCLU", now));
        world.put("rule.exclusion", exclusion.getId());

        PublisherOrganization ok = organization(a1, "ORG-OK", "Entraide " + token, "W69" + token.substring(0, 7),
                List.of("Croix-Rouge française"), now);
        PublisherOrganization excluded = organization(a1, "ORG-EXCLU", "Exclue " + token, null, List.of(), now);
        PublisherOrganization network = organization(a1, "ORG-RESEAU", "Antenne " + token, null,
                List.of("Réseau Exclu"), now);
        em.flush();
        world.put("org.ok.rna", ok.getRna());
        world.put("org.ok.name", ok.getName());

        mission(world, "m1", a1, ok, "Accompagnement scolaire à Lyon", "education", List.of("Soutien scolaire"),
                LYON, "2026-03-01T09:00:00Z", true, null, false, now);
        mission(world, "m2", a1, ok, "Collecte alimentaire à Villeurbanne", "solidarite-insertion",
                List.of("Collecte de produits", "Logistique"), VILLEURBANNE, "2026-02-01T09:00:00Z", false, null,
                false, now);
        mission(world, "m3", a1, ok, "Jardin partagé à Paris", "environnement", List.of("Jardinage"), PARIS,
                "2026-04-01T09:00:00Z", null, null, false, now);
        mission(world, "mExcluded", a1, excluded, "Mission d'une organisation exclue", "education", List.of(), LYON,
                "2026-03-02T09:00:00Z", true, null, false, now);
        mission(world, "mNetwork", a1, network, "Mission d'une antenne du réseau exclu", "education", List.of(),
                LYON, "2026-03-03T09:00:00Z", true, null, false, now);
        mission(world, "mRefused", a1, ok, "Mission refusée", "education", List.of(), LYON, "2026-03-04T09:00:00Z",
                true, "La description est trop courte", false, now);
        mission(world, "mDeleted", a1, ok, "Mission supprimée", "education", List.of(), LYON,
                "2026-03-05T09:00:00Z", true, null, true, now);
        mission(world, "mOther", a2, null, "Mission d'un annonceur non diffusé", "education", List.of(), LYON,
                "2026-03-06T09:00:00Z", true, null, false, now);
        mission(world, "mOwn", b, null, "Mission du diffuseur lui-même", "sport", List.of(), MARSEILLE,
                "2026-01-15T09:00:00Z", null, null, false, now);
        em.flush();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String m1 = world.get("m1.id");
        stat(today.minusDays(1), m1, b, a1, "click", 3);
        stat(today.minusDays(2), m1, b, a1, "click", 2);
        stat(today.minusDays(1), m1, c, a1, "click", 1);
        stat(today.minusDays(1), m1, b, a1, "apply", 2);
        // older than 30 days: counted in the mission's stats, not in the organisation's last 30 days
        stat(today.minusDays(45), m1, b, a1, "click", 7);
        return world;
    }

    private Publisher publisher(String name, boolean broadcaster, boolean announcer, Instant now,
            Map<String, String> world, String alias) {
        Publisher p = new Publisher(name, now);
        p.setRights(broadcaster, false, false);
        p.setAnnouncer(announcer, "benevolat");
        p.describe("ENGAGEMENT_PLATFORMS", "https://" + alias.toLowerCase() + ".example.org", null,
                "https://" + alias.toLowerCase() + ".example.org/logo.png", null, "Partenaire de test " + alias);
        String key = p.rotateApiKey(now);
        em.persist(p);
        world.put(alias + ".id", p.getId());
        world.put(alias + ".key", key);
        return p;
    }

    private PublisherOrganization organization(Publisher owner, String clientId, String name, String rna,
            List<String> networks, Instant now) {
        PublisherOrganization o = new PublisherOrganization(owner.getId(), clientId, now);
        o.update(new OrganizationData(name, rna, "123456789", "12345678900011", "https://asso.example.org", null,
                "Une association de test", "Association", "Association déclarée", List.of("Animation"),
                "3 rue de la République 69001 Lyon", "69001", "Lyon", List.of("Jeunes"), networks), now);
        em.persist(o);
        em.flush();
        return o;
    }

    private void mission(Map<String, String> world, String alias, Publisher owner, PublisherOrganization org,
            String title, String domain, List<String> activities, AddressData address, String startAt,
            Boolean minors, String refusal, boolean deleted, Instant now) {
        MissionContent content = new MissionContent(title, "Une mission de test assez longue pour être acceptée.",
                "<p>Une mission de test</p>", "https://" + owner.getId() + ".example.org/missions/" + alias, null,
                "benevolat", domain, null, activities, List.of("test"), List.of(), List.of("Tous publics"),
                List.of("Écoute"), List.of(), List.of(), "no", "2 heures par semaine", 3, now,
                Instant.parse(startAt), Instant.parse(startAt).plusSeconds(90L * 86400), null, null, 2,
                "GIVEN_BY_PARTNER", false, null, minors, Boolean.FALSE, Boolean.TRUE, null, null, null, null,
                List.of(address));
        PartnerMission m = new PartnerMission(owner.getId(), alias + "-" + world.get("token"), now);
        m.write(content, content.hash(), refusal, org, now);
        if (deleted) {
            m.delete(now);
        }
        em.persist(m);
        world.put(alias + ".id", m.getId());
        world.put(alias + ".clientId", m.getClientId());
    }

    private void stat(LocalDate day, String missionId, Publisher from, Publisher to, String type, long count) {
        em.createNativeQuery("INSERT INTO stat_event_daily (day, mission_id, from_publisher_id, to_publisher_id,"
                + " type, source, count) VALUES (?1, ?2, ?3, ?4, ?5, 'api', ?6)")
                .setParameter(1, Date.valueOf(day)).setParameter(2, missionId).setParameter(3, from.getId())
                .setParameter(4, to.getId()).setParameter(5, type).setParameter(6, count).executeUpdate();
    }
}
