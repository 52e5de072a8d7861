package fr.engagement.tracking.rest;

import fr.engagement.partners.rest.ApiError;
import fr.engagement.tracking.boundary.Redirects;
import fr.engagement.tracking.boundary.Redirects.Redirect;
import fr.engagement.tracking.boundary.Visitor;
import fr.engagement.tracking.control.RateLimiter;
import fr.engagement.tracking.control.RateLimiter.Decision;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tracked links of §5 ({@code /r/{missionId}/{publisherId}}, {@code /r/widget/…}, {@code /r/campaign/…},
 * {@code /r/seo/…}, {@code /r/email/…/…}, {@code /r/notrack/…}): each answers 302 to the announcer's page with the
 * click id, the tracking token and the UTM parameters; an unknown mission or campaign leads to our own search page.
 * Never cached: every follow is a click.
 * <p>
 * A servlet filter rather than a JAX-RS resource because a click is the one route that must take 2,000 requests a
 * second on two cores: Jersey's matching, filters and response building were a quarter of the server's time per
 * click. The answers are those the resource gave: the per-address limit with its {@code X-RateLimit-*} headers and
 * the peer's 429 body, CORS open, the envelope on a failure. The other {@code /r} routes (pixels, conversions,
 * {@code confirm-human}) pass on to {@link RedirectApi}.
 */
@WebFilter(urlPatterns = "/r/*", asyncSupported = true)
public class ClickRoutes extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ClickRoutes.class.getName());

    @Inject
    Redirects redirects;

    @Inject
    Visitors visitors;

    @Inject
    RateLimiter limiter;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        String[] path = "GET".equals(method) || "HEAD".equals(method) ? ClickPath.of(request) : null;
        if (path == null || !ClickPath.isClick(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers",
                "X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After");
        Visitor visitor = visitors.of(request);
        Decision decision = limiter.hitAddress(visitor.address());
        if (decision != null) {
            decision.headers(limiter.clock().millis()).forEach(response::setHeader);
            if (!decision.allowed()) {
                envelope(response, 429, "TOO_MANY_REQUESTS", "Too many requests, please try again later.");
                return;
            }
        }
        Redirect redirect;
        try {
            redirect = follow(path, new ClickQuery(request.getQueryString()), visitor);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Tracked link failure", e);
            envelope(response, 500, "SERVER_ERROR", "Internal server error");
            return;
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        // the Location as built: the container would resolve a relative one against the request
        response.setHeader("Location", redirect.location());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer-when-downgrade");
        response.setContentLength(0);
    }

    private Redirect follow(String[] path, ClickQuery query, Visitor visitor) {
        if (path.length == 3) {
            return redirects.emailClick(path[1], path[2], query.get("user_scoring_id"), visitor);
        }
        return switch (path[0]) {
            case "widget" -> redirects.widgetClick(path[1], query.get("widgetId"), query.get("requestId"), visitor);
            case "campaign" -> redirects.campaignClick(path[1], visitor);
            case "seo" -> redirects.seoClick(path[1], visitor);
            case "notrack" -> redirects.noTrack(path[1]);
            default -> redirects.missionClick(path[0], path[1], query.get("tags"), query.get("user_scoring_id"),
                    visitor);
        };
    }

    private static void envelope(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(ApiError.body(code, message).toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The first value of each query parameter, decoded as UTF-8 whatever the container's default. */
    record ClickQuery(String raw) {

        String get(String name) {
            if (raw == null) {
                return null;
            }
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (name.equals(decode(key))) {
                    return eq < 0 ? "" : decode(pair.substring(eq + 1));
                }
            }
            return null;
        }

        static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return s;
            }
        }
    }
}
