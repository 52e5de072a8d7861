package fr.engagement.structures.entity;

/** Statut juridique of a structure, with the French label of the reference. */
public enum LegalStatus {
    ASSOCIATION("Association"),
    COLLECTIVITE("Collectivité territoriale"),
    ORGANISATION_PUBLIQUE("Organisation publique"),
    ORGANISATION_PRIVEE("Organisation privée"),
    AUTRE("Autre");

    private final String label;

    LegalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Public bodies are not asked for a description before review (as the reference does). */
    boolean needsDescription() {
        return this != COLLECTIVITE && this != ORGANISATION_PUBLIQUE;
    }
}
