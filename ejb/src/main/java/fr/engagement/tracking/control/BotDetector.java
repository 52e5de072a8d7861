package fr.engagement.tracking.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Tells robots from browsers by their User-Agent, with the pattern list of the {@code isbot} library the peer uses
 * (resource {@code bot-patterns.txt}, credited there): no Java port of it is published on Maven Central. Unlike
 * isbot, a request without any User-Agent counts as a robot: browsers always send one, scripts often do not, and
 * counting them would inflate the partners' clicks.
 */
public final class BotDetector {

    private static final BotDetector DEFAULT = new BotDetector(load());

    /** Past this many user agents the decisions are forgotten: the cheapest eviction that stays correct. */
    static final int REMEMBERED = 20_000;

    /** Longer user agents are matched each time: they are rare, and would make the memory unbounded. */
    private static final int REMEMBERED_LENGTH = 512;

    private final Pattern pattern;

    // The few hundred alternatives cost a tenth of a redirect when matched anew; visitors share a few thousand
    // user agents (browser builds), so each is matched about once.
    private final Map<String, Boolean> decisions = new ConcurrentHashMap<>();

    BotDetector(List<String> patterns) {
        // the patterns are lower case: matching the lower-cased user agent is the case-insensitive match, at a
        // fraction of the cost of comparing every character both ways
        this.pattern = Pattern.compile(String.join("|", patterns));
    }

    public static BotDetector standard() {
        return DEFAULT;
    }

    public boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        if (userAgent.length() > REMEMBERED_LENGTH) {
            return matches(userAgent);
        }
        Boolean known = decisions.get(userAgent);
        if (known != null) {
            return known;
        }
        boolean bot = matches(userAgent);
        if (decisions.size() >= REMEMBERED) {
            decisions.clear();
        }
        decisions.put(userAgent, bot);
        return bot;
    }

    private boolean matches(String userAgent) {
        return pattern.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }

    int remembered() {
        return decisions.size();
    }

    private static List<String> load() {
        try (InputStream in = BotDetector.class.getResourceAsStream("bot-patterns.txt")) {
            if (in == null) {
                throw new IllegalStateException("bot-patterns.txt is missing from the classpath");
            }
            List<String> patterns = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(patterns::add);
            return patterns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
