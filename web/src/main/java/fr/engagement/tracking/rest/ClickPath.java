package fr.engagement.tracking.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Which {@code /r} paths are tracked links ({@link ClickRoutes}), matched as JAX-RS matched them when they were a
 * resource beside the pixels: a literal segment wins over a parameter, so {@code /r/x/confirm-human} stays the
 * conversion route, and {@code /r/widget/x} is a widget click, not the click of a mission called "widget".
 */
final class ClickPath {

    private ClickPath() {}

    /** The decoded segments after {@code /r/}, or null when the path is not under it or has an empty segment. */
    static String[] of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + "/r/";
        return uri.startsWith(prefix) ? segments(uri.substring(prefix.length())) : null;
    }

    static String[] segments(String rawPath) {
        String[] segments = rawPath.split("/", -1);
        if (segments.length > 3) {
            return null;
        }
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].isEmpty() || segments[i].indexOf(';') >= 0) {
                return null;
            }
            segments[i] = decode(segments[i]);
        }
        return segments;
    }

    /** Two segments other than {@code {clickId}/confirm-human}, or {@code email/{missionId}/{publisherId}}. */
    static boolean isClick(String[] path) {
        if (path.length == 2) {
            return !"confirm-human".equals(path[1]);
        }
        return path.length == 3 && "email".equals(path[0]);
    }

    /** A path segment's %-escapes; a '+' is a plus there, not a space. */
    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
