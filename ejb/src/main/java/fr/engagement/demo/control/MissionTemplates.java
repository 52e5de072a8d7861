package fr.engagement.demo.control;

import fr.engagement.missions.entity.CommitmentDuration;
import fr.engagement.missions.entity.CommitmentPeriod;
import fr.engagement.missions.entity.DateType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's mission templates per domain, read from {@code /demo/missions.txt}: the prose lives in a text file
 * where it reads like the offers it imitates, and the loader varies it with places, structures and dates.
 */
final class MissionTemplates {

    enum Remote { NO, YES, ONLY }

    record Template(int domainId, String title, List<Integer> activities, DateType dateType,
            CommitmentDuration duration, CommitmentPeriod period, int minPlaces, int maxPlaces, boolean minors,
            Remote remote, String pitch, String context, List<String> tasks, String prerequisites) {}

    static final String RESOURCE = "/demo/missions.txt";

    private MissionTemplates() {}

    /** Domain id to its templates, in file order. */
    static Map<Integer, List<Template>> load() {
        try (InputStream in = MissionTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<Integer, List<Template>> parse(List<String> lines) {
        Map<Integer, List<Template>> byDomain = new LinkedHashMap<>();
        int domain = -1;
        Builder current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || (line.startsWith("#") && !line.startsWith("##"))) {
                continue;
            }
            if (line.startsWith("## ")) {
                add(byDomain, current);
                current = null;
                domain = Integer.parseInt(line.substring(3).strip());
            } else if (line.startsWith("= ")) {
                add(byDomain, current);
                current = new Builder(domain, line.substring(2).strip());
            } else if (current == null) {
                throw new IllegalArgumentException("line outside a template: " + line);
            } else {
                current.set(line);
            }
        }
        add(byDomain, current);
        return byDomain;
    }

    private static void add(Map<Integer, List<Template>> byDomain, Builder builder) {
        if (builder != null) {
            Template t = builder.build();
            byDomain.computeIfAbsent(t.domainId(), d -> new ArrayList<>()).add(t);
        }
    }

    private static final class Builder {
        final int domainId;
        final String title;
        final List<Integer> activities = new ArrayList<>();
        final List<String> tasks = new ArrayList<>();
        DateType dateType = DateType.ONE_OFF;
        CommitmentDuration duration;
        CommitmentPeriod period;
        int minPlaces = 1;
        int maxPlaces = 5;
        boolean minors;
        Remote remote = Remote.NO;
        String pitch;
        String context;
        String prerequisites;

        Builder(int domainId, String title) {
            if (domainId < 0) {
                throw new IllegalArgumentException("template before any domain: " + title);
            }
            this.domainId = domainId;
            this.title = title;
        }

        void set(String line) {
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1).strip();
            switch (key) {
                case "activities" -> {
                    for (String id : value.split("\\s+")) {
                        activities.add(Integer.parseInt(id));
                    }
                }
                case "rhythm" -> {
                    String[] parts = value.split("\\s+");
                    dateType = DateType.valueOf(parts[0]);
                    if (dateType == DateType.RECURRING) {
                        duration = CommitmentDuration.valueOf(parts[1]);
                        period = CommitmentPeriod.valueOf(parts[2]);
                    }
                }
                case "places" -> {
                    String[] parts = value.split("\\s+");
                    minPlaces = Integer.parseInt(parts[0]);
                    maxPlaces = Integer.parseInt(parts[1]);
                }
                case "minors" -> minors = "yes".equals(value);
                case "remote" -> remote = Remote.valueOf(value.toUpperCase(java.util.Locale.ROOT));
                case "pitch" -> pitch = value;
                case "context" -> context = value;
                case "task" -> tasks.add(value);
                case "prerequisites" -> prerequisites = value.isEmpty() ? null : value;
                default -> throw new IllegalArgumentException("unknown key in template « " + title + " »: " + key);
            }
        }

        Template build() {
            if (activities.isEmpty() || pitch == null || context == null || tasks.isEmpty()) {
                throw new IllegalArgumentException("incomplete template: " + title);
            }
            return new Template(domainId, title, List.copyOf(activities), dateType, duration, period, minPlaces,
                    maxPlaces, minors, remote, pitch, context, List.copyOf(tasks), prerequisites);
        }
    }
}
