package fr.engagement.tracking.control;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tracking token the redirect adds as {@code apiengagement_tracking_token}: a JWT signed HS256 with payload
 * {@code {clickId, purpose:"tracking", iat, exp}}, valid 30 days, as the peer's. jstag.js sends it back with
 * confirm-human, so that only the browser that received the click can mark it human. A JWT of one fixed shape is a
 * few lines of JDK code: no library for it.
 */
public final class TrackingToken {

    public static final Duration VALIDITY = Duration.ofDays(30);
    private static final String HEADER = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final String PURPOSE = "tracking";

    private final byte[] secret;

    public TrackingToken(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("An HS256 secret needs at least 256 bits");
        }
        this.secret = secret.clone();
    }

    public String sign(String clickId, Instant now) {
        JsonObject payload = JSON.createObjectBuilder().add("clickId", clickId).add("purpose", PURPOSE)
                .add("iat", now.getEpochSecond()).add("exp", now.plus(VALIDITY).getEpochSecond()).build();
        String content = HEADER + "." + b64(payload.toString().getBytes(StandardCharsets.UTF_8));
        return content + "." + b64(mac(content));
    }

    /** True when the token is ours, unexpired, for tracking and for this click. */
    public boolean verify(String token, String clickId, Instant now) {
        if (token == null || clickId == null) {
            return false;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !HEADER.equals(parts[0])) {
            return false;
        }
        byte[] signature;
        JsonObject payload;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
            String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(signature, mac(parts[0] + "." + parts[1]))) {
                return false;
            }
            try (var reader = JSON.createReader(new StringReader(json))) {
                payload = reader.readObject();
            }
            return PURPOSE.equals(payload.getString("purpose", null))
                    && clickId.equals(payload.getString("clickId", null))
                    && payload.containsKey("exp") && payload.getJsonNumber("exp").longValue() > now.getEpochSecond();
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private byte[] mac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
