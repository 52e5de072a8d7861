package fr.engagement.candidatures.entity;

/** Why a candidature is cancelled: by its candidate (first four), or by the platform. */
public enum CancelReason {
    NO_RESPONSE("La structure ne répond pas."),
    REQUIREMENTS_NOT_FULFILLED("La mission ne correspond pas à mes attentes."),
    NOT_AVAILABLE("Je ne suis plus disponible."),
    OTHER("Autre raison."),
    MISSION_CLOSED("La mission a été annulée ou close."),
    PROPOSAL_EXPIRED("La proposition n'a pas reçu de réponse.");

    private final String label;

    CancelReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean chosenByCandidate() {
        return ordinal() <= OTHER.ordinal();
    }
}
