package fr.engagement.tracking.control;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The key of the tracking tokens: the setting {@code tracking.token-secret} when given (at least 32 characters),
 * else a random key generated once and kept in {@code app_secret}, so that every instance of a cluster, and every
 * restart, signs and checks with the same key (a key generated at each start would break the tokens of the clicks
 * of the day before, and of the other instances).
 */
@Singleton
@Lock(LockType.READ)
public class TrackingSecret {

    private static final Logger LOG = Logger.getLogger(TrackingSecret.class.getName());
    static final String NAME = "tracking-token";

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    Config config;

    private volatile TrackingToken tokens;

    public TrackingToken tokens() {
        TrackingToken current = tokens;
        if (current == null) {
            current = new TrackingToken(secret());
            tokens = current;
        }
        return current;
    }

    private byte[] secret() {
        Optional<String> configured = config.getOptionalValue("tracking.token-secret", String.class)
                .filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            byte[] bytes = configured.get().getBytes(StandardCharsets.UTF_8);
            if (bytes.length >= 32) {
                return bytes;
            }
            LOG.warning("tracking.token-secret is shorter than 32 bytes: ignored, the stored key is used");
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        // the first instance's key wins; the others, and later starts, read it back
        em.createNativeQuery("INSERT IGNORE INTO app_secret (name, value) VALUES (?, ?)")
                .setParameter(1, NAME).setParameter(2, Base64.getEncoder().encodeToString(random)).executeUpdate();
        String stored = (String) em.createNativeQuery("SELECT value FROM app_secret WHERE name = ?")
                .setParameter(1, NAME).getSingleResult();
        return Base64.getDecoder().decode(stored);
    }
}
