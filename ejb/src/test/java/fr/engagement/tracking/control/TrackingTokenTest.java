package fr.engagement.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TrackingTokenTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final TrackingToken tokens = new TrackingToken(SECRET);

    @Test
    void aTokenIsAnHs256JwtOfTheClickForTracking() {
        String token = tokens.sign("click-1", NOW);
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(decode(parts[0])).isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        assertThat(decode(parts[1])).contains("\"clickId\":\"click-1\"", "\"purpose\":\"tracking\"",
                "\"exp\":" + NOW.plus(Duration.ofDays(30)).getEpochSecond());
        assertThat(tokens.verify(token, "click-1", NOW)).isTrue();
    }

    @Test
    void theSignatureIsTheStandardHmacSha256OfHeaderAndPayload() throws Exception {
        String token = tokens.sign("click-1", NOW);
        String content = token.substring(0, token.lastIndexOf('.'));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(
                content.getBytes(StandardCharsets.US_ASCII)));
        assertThat(token.substring(token.lastIndexOf('.') + 1)).isEqualTo(expected);
    }

    @Test
    void anotherClickAnotherKeyATamperedOrExpiredTokenAreRefused() {
        String token = tokens.sign("click-1", NOW);
        assertThat(tokens.verify(token, "click-2", NOW)).as("another click").isFalse();
        assertThat(new TrackingToken("another-secret-another-secret-xx".getBytes(StandardCharsets.US_ASCII))
                .verify(token, "click-1", NOW)).as("another key").isFalse();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                decode(parts[1]).replace("click-1", "click-2").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(tokens.verify(forged, "click-2", NOW)).as("payload changed").isFalse();
        assertThat(tokens.verify(token, "click-1", NOW.plus(Duration.ofDays(30)))).as("expired").isFalse();
        assertThat(tokens.verify(token, "click-1", NOW.plus(Duration.ofDays(29)))).isTrue();
        assertThat(tokens.verify("garbage", "click-1", NOW)).isFalse();
        assertThat(tokens.verify("a.b.c", "click-1", NOW)).isFalse();
        assertThat(tokens.verify(null, "click-1", NOW)).isFalse();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new TrackingToken(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
