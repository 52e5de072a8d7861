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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The shared catalogue as tests need it: partner publishers and missions written as an import writes them, the
 * platform's diffusion roots, and the committed catalogue rows of the platform's missions. Each method commits on
 * its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CatalogueData {

    @PersistenceContext
    EntityManager em;

    /** A partner announcer; when {@code diffusedByPlatform}, with the platform's root rule for it. */
    public String announcer(String name, boolean diffusedByPlatform) {
        Publisher p = new Publisher(name, Instant.now());
        p.setAnnouncer(true, "benevolat");
        em.persist(p);
        // the rule references the publisher by a plain column: insert the publisher first
        em.flush();
        if (diffusedByPlatform) {
            em.persist(DiffusionRule.root(Publisher.PLATFORM_ID, p.getId(), Instant.now()));
        }
        return p.getId();
    }

    /** A live partner mission at a point, of the given peer domain; returns its catalogue id. */
    public String liveMission(String publisherId, String title, String domain, String city, String postalCode,
            String departmentCode, double latitude, double longitude) {
        Instant now = Instant.now();
        PublisherOrganization o = new PublisherOrganization(publisherId, "org-" + title.hashCode(), now);
        o.update(new OrganizationData("Association " + title, null, null, null, null, null, null, "Association",
                null, List.of(), null, postalCode, city, List.of(), List.of()), now);
        em.persist(o);
        em.flush();
        PartnerMission m = new PartnerMission(publisherId, "client-" + title.hashCode(), now);
        MissionContent c = new MissionContent(title, "Une mission partenaire.", "<p>Une mission partenaire.</p>",
                "https://partenaire.example.org/m/1", null, "benevolat", domain, null, List.of("Collecte"),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "no", null, null, now,
                now.plus(3, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS), null, null, 3, "GIVEN_BY_PARTNER",
                false, null, true, null, null, null, null, null, null,
                List.of(new AddressData(null, postalCode, city, departmentCode, null, null, "FR", latitude,
                        longitude, "ENRICHED_BY_PUBLISHER")));
        m.write(c, c.hash(), null, o, now);
        em.persist(m);
        return m.getId();
    }

    /** The committed catalogue row of a platform mission, with its addresses, activities and organisation. */
    public Optional<PartnerMission> projectionOf(long missionId) {
        Optional<PartnerMission> row = em.createNamedQuery(PartnerMission.BY_SOURCE, PartnerMission.class)
                .setParameter("mission", missionId).getResultStream().findFirst();
        row.ifPresent(m -> {
            em.refresh(m);
            m.getAddresses().size();
            m.getActivities().size();
            if (m.getOrganization() != null) {
                m.getOrganization().getName();
            }
        });
        return row;
    }

    /** The live flags of the address copies, as the geo index reads them. */
    @SuppressWarnings("unchecked")
    public List<Boolean> addressLiveFlags(String partnerMissionId) {
        return ((List<Object>) em.createNativeQuery("SELECT live FROM partner_mission_address WHERE mission_id = ?"
                + " ORDER BY position").setParameter(1, partnerMissionId).getResultList()).stream()
                .map(v -> v instanceof Boolean b ? b : ((Number) v).intValue() != 0).toList();
    }

    /** Removes a platform mission's row, as in a database older than the catalogue (the backfill's case). */
    public void forgetProjection(long missionId) {
        em.createNativeQuery("DELETE FROM partner_mission WHERE source_mission_id = ?").setParameter(1, missionId)
                .executeUpdate();
    }
}
