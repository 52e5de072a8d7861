package fr.engagement.territory.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for comparisons that people expect to ignore accents, case and punctuation ("Saint-Étienne",
 * "SAINT ETIENNE" and "saint-etienne" are the same place). Pure: the database does the same through its collation;
 * this is for comparisons made in Java.
 */
public final class TextNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormaliser() {}

    /**
     * Lower case, without diacritics, ligatures spelt out (œ → oe, æ → ae, ß → ss), every run of characters other
     * than letters and digits (spaces, hyphens, apostrophes, ...) turned into one space, trimmed; null gives "".
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String spelt = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss");
        String unaccented = MARKS.matcher(Normalizer.normalize(spelt, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
