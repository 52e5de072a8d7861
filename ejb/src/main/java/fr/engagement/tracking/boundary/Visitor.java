package fr.engagement.tracking.boundary;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.tracking.control.BotDetector;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who sent a tracked request, as the request tells it. The address only feeds the pseudonymous {@link #userHash()}
 * (SHA-256 of [address, referer without its query, user agent], the peer's triple): it is never stored.
 */
public record Visitor(String address, String referer, String userAgent, String host, String origin) {

    /** The peer's value for a request without a referer. */
    public static final String NO_REFERER = "not_defined";

    public boolean isBot() {
        return BotDetector.standard().isBot(userAgent);
    }

    /** The referer without its query string and fragment (they may carry personal data), or "not_defined". */
    public String refererWithoutQuery() {
        if (referer == null || referer.isBlank()) {
            return NO_REFERER;
        }
        String r = referer.strip();
        int cut = r.length();
        for (char c : new char[] {'?', '#'}) {
            int i = r.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return r.substring(0, cut);
    }

    public String userHash() {
        String triple = JSON.createArrayBuilder().add(nonNull(address)).add(refererWithoutQuery())
                .add(nonNull(userAgent)).build().toString();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(triple.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
