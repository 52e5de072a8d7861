package fr.engagement.it.support;

import fr.engagement.partners.entity.FeedImportRefusal;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Partners for the exchange tests (no admin screen creates them yet), and reads of the catalogue as committed.
 * Each method commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PartnerFixtures {

    @PersistenceContext
    EntityManager em;

    /** An announcer with that feed; returns its id. */
    public String announcer(String name, String feedUrl, String defaultMissionLogo) {
        Publisher p = new Publisher(name + " " + java.util.UUID.randomUUID().toString().substring(0, 8),
                Instant.now());
        p.setAnnouncer(true, "benevolat");
        p.setFeed(feedUrl, null, null);
        p.describe("ASSOCIATIF_ACTORS", "https://partner.example", null, null, defaultMissionLogo, null);
        em.persist(p);
        return p.getId();
    }

    public void feed(String publisherId, String url, String username, String password) {
        em.find(Publisher.class, publisherId).setFeed(url, username, password);
    }

    @jakarta.inject.Inject
    fr.engagement.accounts.control.Passwords passwords;

    /** An administrator who can log in with that password; returns the email. */
    public String admin(String password) {
        var account = new fr.engagement.accounts.entity.Account(Fixtures.uniqueEmail("admin"),
                passwords.hash(password), "Camille", "Admin", Instant.now());
        account.addRole(fr.engagement.accounts.entity.AccountRole.of(fr.engagement.accounts.entity.Role.ADMIN));
        em.persist(account);
        return account.getEmail();
    }

    /** A partner platform's staff member, with the given password, answering the email. */
    public String partnerAccount(String publisherId, String password) {
        var account = new fr.engagement.accounts.entity.Account(Fixtures.uniqueEmail("partenaire"),
                passwords.hash(password), "Thomas", "Partenaire", Instant.now());
        account.addRole(fr.engagement.accounts.entity.AccountRole.partnerOf(publisherId));
        em.persist(account);
        return account.getEmail();
    }

    /** A new API key of the publisher, in clear. */
    public String apiKey(String publisherId) {
        return em.find(Publisher.class, publisherId).rotateApiKey(Instant.now());
    }

    public fr.engagement.partners.entity.Publisher publisher(String id) {
        return em.find(fr.engagement.partners.entity.Publisher.class, id);
    }

    /** The publisher's mission with its organisation, addresses and activities loaded; null if none. */
    public PartnerMission mission(String publisherId, String clientId) {
        PartnerMission m = em.createNamedQuery(PartnerMission.BY_CLIENT_ID, PartnerMission.class)
                .setParameter("publisher", publisherId).setParameter("clientId", clientId)
                .getResultStream().findFirst().orElse(null);
        if (m != null) {
            em.refresh(m);
            if (m.getOrganization() != null) {
                m.getOrganization().getName();
            }
            m.getAddresses().size();
            m.getActivities().size();
        }
        return m;
    }

    /** Live flags of the mission's addresses (the geo index's copy). */
    @SuppressWarnings("unchecked")
    public List<Boolean> addressLive(String missionId) {
        return ((List<Object>) em.createNativeQuery("SELECT live FROM partner_mission_address WHERE mission_id = ?"
                + " ORDER BY position").setParameter(1, missionId).getResultList()).stream()
                .map(v -> v instanceof Boolean b ? b : ((Number) v).intValue() != 0).toList();
    }

    /**
     * Everything an import may change in a publisher's catalogue, as one text: rows, versions, deletions, sync
     * times, organisations and addresses. Equal before and after means untouched.
     */
    public String fingerprint(String publisherId) {
        Object[] m = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(version), 0),"
                + " COUNT(deleted_at), MAX(last_sync_at), MAX(updated_at) FROM partner_mission WHERE publisher_id = ?")
                .setParameter(1, publisherId).getSingleResult();
        Object[] o = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(updated_at) FROM publisher_organization"
                + " WHERE publisher_id = ?").setParameter(1, publisherId).getSingleResult();
        Object a = em.createNativeQuery("SELECT COUNT(*) FROM partner_mission_address a JOIN partner_mission m"
                + " ON m.id = a.mission_id WHERE m.publisher_id = ? AND a.live").setParameter(1, publisherId)
                .getSingleResult();
        return java.util.Arrays.toString(m) + java.util.Arrays.toString(o) + a;
    }

    public List<FeedImportRefusal> refusals(long importId) {
        return em.createNamedQuery(FeedImportRefusal.OF_IMPORT, FeedImportRefusal.class)
                .setParameter("import", importId).getResultList();
    }
}
