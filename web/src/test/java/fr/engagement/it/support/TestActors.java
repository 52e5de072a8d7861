package fr.engagement.it.support;

import fr.engagement.accounts.control.Actors;
import fr.engagement.accounts.entity.Account;
import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Test-only replacement of {@link Actors}: the caller is the account {@link As} names for the current thread, and the
 * container's principal when it names none. Enabled for the whole application by {@code @Priority}, so every
 * boundary's {@code @Inject Actors} gets it; {@code current()}, {@code currentIfAny()} and {@code requireAccount()}
 * all go through {@link #currentAccount()}.
 */
@Stateless
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestActors extends Actors {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Account> currentAccount() {
        String email = As.current();
        if (email == null) {
            return super.currentAccount();
        }
        return entityManager.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst();
    }
}
