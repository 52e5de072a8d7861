package fr.engagement.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * The database identity store: accounts and their roles from MariaDB, PBKDF2 hashes, and the login throttle that
 * the container's generic store cannot keep.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Logins logins;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login) || login.getCaller() == null
                || login.getPasswordAsString() == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Logins.Outcome outcome = logins.check(login.getCaller(), login.getPasswordAsString());
        if (!outcome.valid()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.email(),
                outcome.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
