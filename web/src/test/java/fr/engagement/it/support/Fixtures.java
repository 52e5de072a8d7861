package fr.engagement.it.support;

import fr.engagement.accounts.entity.Account;
import fr.engagement.accounts.entity.AccountRole;
import fr.engagement.accounts.entity.Role;
import fr.engagement.notifications.entity.OutboxMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Test data that no boundary creates (referents are appointed by admins, a screen not written yet), cheap accounts for
 * races that need many, and reads straight from the database to check what was committed. Each method commits on
 * its own, whatever the caller does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Fixtures {

    /** Not a real hash: these accounts never log in, and PBKDF2 would cost a fifth of a second each. */
    private static final String NO_LOGIN = "no-login";

    @PersistenceContext
    EntityManager em;

    /** An email no other test, in this run or an earlier one against the same database, has used. */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@it.engagement.test";
    }

    /** A departmental referent; returns their email. */
    public String referentOf(String departmentCode) {
        Account account = new Account(uniqueEmail("referent-" + departmentCode.toLowerCase()), NO_LOGIN, "Dominique",
                "Référent", Instant.now());
        account.addRole(AccountRole.referentOfDepartment(departmentCode));
        em.persist(account);
        return account.getEmail();
    }

    /** An adult volunteer of Lyon, without going through registration; returns their email. */
    public String volunteer(String firstName) {
        Account account = new Account(uniqueEmail("benevole"), NO_LOGIN, firstName, "Bénévole", Instant.now());
        account.bornOn(LocalDate.of(1990, 5, 17));
        account.livesAt("69001", "69123");
        account.addRole(AccountRole.of(Role.BENEVOLE));
        em.persist(account);
        return account.getEmail();
    }

    public boolean accountExists(String email) {
        return !em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", Account.normaliseEmail(email))
                .getResultList().isEmpty();
    }

    public String structureStatus(long id) {
        return (String) em.createNativeQuery("SELECT status FROM structure WHERE id = ?").setParameter(1, id)
                .getSingleResult();
    }

    public String missionStatus(long id) {
        return (String) em.createNativeQuery("SELECT status FROM mission WHERE id = ?").setParameter(1, id)
                .getSingleResult();
    }

    public String missionTitle(long id) {
        return (String) em.createNativeQuery("SELECT title FROM mission WHERE id = ?").setParameter(1, id)
                .getSingleResult();
    }

    public String missionDescription(long id) {
        return (String) em.createNativeQuery("SELECT description FROM mission WHERE id = ?").setParameter(1, id)
                .getSingleResult();
    }

    public int placesTaken(long missionId) {
        return ((Number) em.createNativeQuery("SELECT places_taken FROM mission WHERE id = ?")
                .setParameter(1, missionId).getSingleResult()).intValue();
    }

    public String candidatureStatus(long id) {
        return (String) em.createNativeQuery("SELECT status FROM candidature WHERE id = ?").setParameter(1, id)
                .getSingleResult();
    }

    /** Status of each candidature of a mission, by candidature id. */
    @SuppressWarnings("unchecked")
    public List<String> candidatureStatuses(long missionId) {
        return em.createNativeQuery("SELECT status FROM candidature WHERE mission_id = ? ORDER BY id")
                .setParameter(1, missionId).getResultList();
    }

    /** How many history lines moved the mission's candidatures to this status. */
    public long candidatureHistoryCount(long missionId, String toStatus) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM status_change h JOIN candidature c"
                + " ON h.subject_type = 'CANDIDATURE' AND h.subject_id = c.id WHERE c.mission_id = ? AND h.to_status = ?")
                .setParameter(1, missionId).setParameter(2, toStatus).getSingleResult()).longValue();
    }

    /** The outbox rows of one recipient, oldest first, as committed. */
    public List<OutboxMail> outboxTo(String recipient) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient = :r ORDER BY m.id", OutboxMail.class)
                .setParameter("r", recipient).getResultList();
    }
}
