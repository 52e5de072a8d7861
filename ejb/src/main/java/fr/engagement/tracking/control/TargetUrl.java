package fr.engagement.tracking.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the URL a redirect sends the visitor to: the announcer's page with the attribution parameters added. The
 * page's own query string and fragment are kept as they are; a parameter of ours that the page already has is
 * replaced (the peer's {@code searchParams.set}), so a link never carries two click ids.
 */
public final class TargetUrl {

    private TargetUrl() {}

    /** The URL with the parameters set, in order; empty when {@code url} is not an absolute http(s) URL. */
    public static Optional<String> with(String url, Map<String, String> params) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getRawAuthority() == null) {
            return Optional.empty();
        }
        String fragment = "";
        int hash = trimmed.indexOf('#');
        String base = trimmed;
        if (hash >= 0) {
            fragment = trimmed.substring(hash);
            base = trimmed.substring(0, hash);
        }
        String query = "";
        int question = base.indexOf('?');
        if (question >= 0) {
            query = base.substring(question + 1);
            base = base.substring(0, question);
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !params.containsKey(nameOf(pair))) {
                pairs.add(pair);
            }
        }
        params.forEach((name, value) -> {
            if (value != null) {
                pairs.add(encode(name) + "=" + encode(value));
            }
        });
        return Optional.of(base + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs)) + fragment);
    }

    /** The peer's slug of a broadcaster's or widget's name for utm_campaign: "Léa & Cie" → "lea-and-cie". */
    public static String slug(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("&", " and ").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String nameOf(String pair) {
        int eq = pair.indexOf('=');
        String raw = eq < 0 ? pair : pair.substring(0, eq);
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
