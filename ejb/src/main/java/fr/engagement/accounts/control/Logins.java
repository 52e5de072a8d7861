package fr.engagement.accounts.control;

import fr.engagement.accounts.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import fr.engagement.accounts.entity.Role;

/**
 * Checks a login and keeps the throttle: five wrong passwords in a row lock the account for fifteen minutes,
 * whatever the password tried meanwhile. Each check commits on its own so a failed login is counted even though
 * the login itself fails.
 */
@Stateless
public class Logins {

    public record Outcome(boolean valid, boolean locked, String email, Set<Role> roles) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome check(String email, String password) {
        Optional<Account> found = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            passwords.spendTimeAsIfChecking(password);
            return new Outcome(false, false, null, Set.of());
        }
        Account account = found.get();
        var now = clock.instant();
        if (account.isLocked(now)) {
            return new Outcome(false, true, account.getEmail(), Set.of());
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            return new Outcome(false, account.isLocked(now), account.getEmail(), Set.of());
        }
        account.recordSuccessfulLogin(now);
        Set<Role> roles = account.roleSet().isEmpty() ? EnumSet.noneOf(Role.class) : account.roleSet();
        return new Outcome(true, false, account.getEmail(), roles);
    }

    public boolean isLocked(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst().map(a -> a.isLocked(clock.instant())).orElse(false);
    }
}
