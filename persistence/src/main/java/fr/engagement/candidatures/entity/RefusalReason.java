package fr.engagement.candidatures.entity;

/** Why a structure refuses a candidature (the reference's {@code participation_declined_reasons}). */
public enum RefusalReason {
    REQUIREMENTS_NOT_FULFILLED("Le profil ne correspond pas aux besoins de la mission."),
    CHANGE_MIND("Le candidat a changé d'avis."),
    NO_RESPONSE("Le candidat ne répond pas."),
    MISSION_TERMINATED("La mission est terminée."),
    OTHER("Autre raison.");

    private final String label;

    RefusalReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
