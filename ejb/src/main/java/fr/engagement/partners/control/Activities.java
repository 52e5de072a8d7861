package fr.engagement.partners.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Activities as partners write them ("logistique, animation", "Soutien, Accompagnement, animation") to the labels
 * of the peer's whitelist: at each position the longest slug or label that matches wins (labels hold commas, so a
 * plain split would cut them), an unknown token becomes "Autre", duplicates go, labels come sorted.
 */
public final class Activities {

    public static final String OTHER = "Autre";

    private record Candidate(String folded, String label) {}

    private final List<Candidate> candidates;

    /** {@code slugToLabel}: partner_activity (slug → label). */
    public Activities(Map<String, String> slugToLabel) {
        List<Candidate> all = new ArrayList<>();
        slugToLabel.forEach((slug, label) -> {
            all.add(new Candidate(fold(slug), label));
            all.add(new Candidate(fold(label), label));
        });
        all.sort(Comparator.comparingInt((Candidate c) -> c.folded.length()).reversed());
        this.candidates = List.copyOf(all);
    }

    public List<String> labels(List<String> values) {
        TreeSet<String> labels = new TreeSet<>();
        for (String value : values) {
            labels.addAll(labels(value));
        }
        return List.copyOf(labels);
    }

    List<String> labels(String value) {
        List<String> found = new ArrayList<>();
        if (value == null) {
            return found;
        }
        String s = fold(value);
        int pos = 0;
        while (pos < s.length()) {
            while (pos < s.length() && (s.charAt(pos) == ',' || s.charAt(pos) == ' ')) {
                pos++;
            }
            if (pos >= s.length()) {
                break;
            }
            Candidate match = null;
            for (Candidate c : candidates) {
                int end = pos + c.folded.length();
                if (s.startsWith(c.folded, pos) && (end == s.length() || s.charAt(end) == ',' || s.charAt(end) == ' ')) {
                    match = c;
                    break;
                }
            }
            if (match != null) {
                found.add(match.label);
                pos += match.folded.length();
            } else {
                found.add(OTHER);
                int comma = s.indexOf(',', pos);
                pos = comma < 0 ? s.length() : comma + 1;
            }
        }
        return found;
    }

    /** Lower case, no accents, apostrophes and spaces as one space, so "Écoute permanence" = "ecoute permanence". */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('’', '\'').toLowerCase(Locale.ROOT);
        return s.replaceAll("\\s+", " ").strip();
    }
}
