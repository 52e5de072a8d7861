package fr.engagement.partners.control;

import java.util.Locale;
import java.util.Set;

/**
 * The peer's automatic review (API Engagement §2.4): 18 ordered rules, the first failing one gives the French
 * statusComment of a REFUSED mission; a mission passing them all is ACCEPTED. Unlike the peer's import, every rule
 * runs on feeds too (country and organisation name included), and on the state a mission will have once stored.
 */
public final class MissionReview {

    public static final int MAX_DESCRIPTION = 20_000;

    private static final Set<String> REMOTE = Set.of("no", "possible", "full", "local");
    private static final Set<String> UNITS = Set.of("hour", "day", "month", "year");
    private static final Set<String> TYPES = Set.of("gross", "net");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** What the rules look at, as it will be stored ({@code countries}: of every address, already normalised). */
    public record Subject(String title, String clientId, String description, String applicationUrl,
            java.util.List<String> countries, String remote, Integer places, String domain, String organizationName,
            Double compensationAmount, Double compensationAmountMax, String compensationUnit,
            String compensationType) {}

    private final Set<String> domains;

    /** {@code domains}: the whitelist of partner_domain slugs. */
    public MissionReview(Set<String> domains) {
        this.domains = Set.copyOf(domains);
    }

    /** The statusComment of the first failing rule, or null when the mission is accepted. */
    public String refusal(Subject m) {
        String title = m.title();
        if (title == null || title.isBlank()) {
            return "Titre manquant";
        }
        if (title.contains("&#")) {
            return "Problème d'encodage dans le titre";
        }
        if (title.strip().split(" ").length == 1) {
            return "Le titre est trop court (1 seul mot)";
        }
        if (m.clientId() == null || m.clientId().isBlank()) {
            return "ClientId manquant";
        }
        if (m.description() == null || m.description().isBlank()) {
            return "Description manquante";
        }
        if (m.description().contains("&#")) {
            return "Problème d'encodage dans la description";
        }
        if (m.description().length() > MAX_DESCRIPTION) {
            return "La description est trop longue (plus de 20000 caractères)";
        }
        if (m.applicationUrl() == null || m.applicationUrl().isBlank()) {
            return "URL de candidature manquant";
        }
        for (String country : m.countries()) {
            if (country != null && !COUNTRIES.contains(country)) {
                return "Pays non valide : \"" + country + "\"";
            }
        }
        if (m.remote() != null && !REMOTE.contains(m.remote())) {
            return "Valeur remote non valide (no, possible, full ou local)";
        }
        if (m.places() != null && m.places() <= 0) {
            return "Nombre de places invalide (doit être supérieur à 0)";
        }
        if (m.domain() != null && !domains.contains(m.domain())) {
            return "Domaine non valide : \"" + m.domain() + "\"";
        }
        if (m.organizationName() != null && m.organizationName().contains("&#")) {
            return "Problème d'encodage dans le nom de l'organisation";
        }
        if (m.compensationAmount() != null && m.compensationAmount() < 0) {
            return "Montant de la compensation invalide (nombre positif attendu)";
        }
        if (m.compensationAmountMax() != null && m.compensationAmountMax() < 0) {
            return "Montant maximum de la compensation invalide (nombre positif attendu)";
        }
        if (m.compensationAmount() != null && m.compensationAmountMax() != null
                && m.compensationAmountMax() < m.compensationAmount()) {
            return "Le montant maximum de la compensation doit être supérieur ou égal au montant minimum";
        }
        if (m.compensationUnit() != null && !UNITS.contains(m.compensationUnit())) {
            return "Unité de compensation invalide (hour, day, month, year)";
        }
        if (m.compensationType() != null && !TYPES.contains(m.compensationType())) {
            return "Type de compensation invalide (gross, net)";
        }
        return null;
    }
}
