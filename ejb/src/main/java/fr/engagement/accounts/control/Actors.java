package fr.engagement.accounts.control;

import fr.engagement.accounts.entity.Account;
import fr.engagement.platform.entity.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Turns the container's caller into an {@link Actor}: the one place boundaries learn who is calling. */
@Stateless
public class Actors {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    public Actor current() {
        return currentAccount().map(Actor::of)
                .orElseThrow(() -> new AccessDeniedException("Connectez-vous pour continuer."));
    }

    public Optional<Actor> currentIfAny() {
        return currentAccount().map(Actor::of);
    }

    public Optional<Account> currentAccount() {
        var principal = session.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "ANONYMOUS".equals(principal.getName())) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(principal.getName()))
                .getResultStream().findFirst();
    }

    public Account requireAccount() {
        return currentAccount().orElseThrow(() -> new AccessDeniedException("Connectez-vous pour continuer."));
    }
}
