package fr.engagement.territory.control;

import java.util.regex.Pattern;

/**
 * How a commune name typed by a person or sent by a partner designates a commune: pure rules, tested, used by the
 * territory boundary.
 */
public final class CommuneNames {

    // whole words only: "st" alone, never the "st" of "Strasbourg"
    private static final Pattern SAINT = Pattern.compile("\\bst\\b");
    private static final Pattern SAINTE = Pattern.compile("\\bste\\b");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CommuneNames() {}

    /**
     * Whether {@code text} names the commune {@code communeName}, ignoring accents, case, punctuation and the
     * abbreviations St/Ste. A suffix starting with a digit or "cedex" is accepted after the name, since addresses
     * name districts and cedex offices that way: "Marseille 8e Arrondissement", "Paris 11", "Lyon Cedex 03".
     */
    public static boolean designates(String communeName, String text) {
        String commune = fold(communeName);
        String given = fold(text);
        if (commune.isEmpty() || given.isEmpty()) {
            return false;
        }
        if (given.equals(commune)) {
            return true;
        }
        if (!given.startsWith(commune + " ")) {
            return false;
        }
        String suffix = given.substring(commune.length() + 1);
        return Character.isDigit(suffix.charAt(0)) || suffix.equals("cedex") || suffix.startsWith("cedex ");
    }

    /**
     * A SQL LIKE pattern for a name prefix typed in an autocomplete: each run of spaces and punctuation becomes
     * {@code _} (exactly one character of any kind), so "saint etienne" and "l abergement" find "Saint-Étienne" and
     * "L'Abergement"; the user's own {@code %} and {@code _} are punctuation and so lose their wildcard meaning. St
     * and Ste are spelt out when followed by more. Accents and case are left to the column's collation.
     * Empty when the text holds no letter or digit.
     */
    public static String likePrefix(String text) {
        if (text == null) {
            return "";
        }
        String words = SEPARATORS.matcher(text).replaceAll(" ").strip();
        if (words.isEmpty()) {
            return "";
        }
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains(" ")) {
            // only complete words are abbreviations: "st" alone may still be the start of "Strasbourg"
            int lastSpace = lower.lastIndexOf(' ');
            String complete = SAINTE.matcher(SAINT.matcher(lower.substring(0, lastSpace)).replaceAll("saint")).replaceAll("sainte");
            lower = complete + lower.substring(lastSpace);
        }
        return lower.replace(' ', '_') + "%";
    }

    private static String fold(String text) {
        return SAINTE.matcher(SAINT.matcher(TextNormaliser.normalise(text)).replaceAll("saint")).replaceAll("sainte");
    }
}
