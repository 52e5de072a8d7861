package fr.engagement.tracking.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells robots from browsers by their User-Agent, with the pattern list of the {@code isbot} library the peer uses
 * (resource {@code bot-patterns.txt}, credited there): no Java port of it is published on Maven Central. Unlike
 * isbot, a request without any User-Agent counts as a robot: browsers always send one, scripts often do not, and
 * counting them would inflate the partners' clicks.
 */
public final class BotDetector {

    private static final BotDetector DEFAULT = new BotDetector(load());

    private final Pattern pattern;

    BotDetector(List<String> patterns) {
        this.pattern = Pattern.compile(String.join("|", patterns), Pattern.CASE_INSENSITIVE);
    }

    public static BotDetector standard() {
        return DEFAULT;
    }

    public boolean isBot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || pattern.matcher(userAgent).find();
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
