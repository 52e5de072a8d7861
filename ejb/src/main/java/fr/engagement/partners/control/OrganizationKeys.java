package fr.engagement.partners.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifiers of a partner's organisation: RNA and SIREN/SIRET normalisation, and the organisation's clientId when
 * the partner gives none (the peer's deriveOrganizationClientId: explicit, else RNA, else SIRET, else SIREN, else
 * the slug of the name).
 */
public final class OrganizationKeys {

    private static final Pattern RNA = Pattern.compile("W[0-9A-Z]{9}");
    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern SIREN = Pattern.compile("\\d{9}");

    private OrganizationKeys() {}

    /** "w 922 000 733" → "W922000733"; a value that is no RNA once cleaned is kept as sent. */
    public static String rna(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String cleaned = value.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
        return RNA.matcher(cleaned).matches() ? cleaned : value.strip();
    }

    public static boolean isRna(String value) {
        return value != null && RNA.matcher(value).matches();
    }

    /** Digits only, when what remains is a SIRET or a SIREN; else the value as sent. */
    public static String digits(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.replaceAll("[\\s.\\-]", "");
        return SIRET.matcher(digits).matches() || SIREN.matcher(digits).matches() ? digits : value.strip();
    }

    public static boolean isSiret(String value) {
        return value != null && SIRET.matcher(value).matches();
    }

    public static boolean isSiren(String value) {
        return value != null && SIREN.matcher(value).matches();
    }

    /** The organisation's key, or null when nothing identifies it (the mission is then imported without one). */
    public static String clientId(String explicit, String rna, String siret, String siren, String name) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit.strip();
        }
        if (isRna(rna)) {
            return rna;
        }
        if (isSiret(siret)) {
            return siret;
        }
        if (isSiren(siren)) {
            return siren;
        }
        String slug = slug(name);
        return slug.isEmpty() ? null : slug;
    }

    /** "Les Restos du Cœur !" → "les-restos-du-coeur". */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 255 ? slug.substring(0, 255) : slug;
    }
}
