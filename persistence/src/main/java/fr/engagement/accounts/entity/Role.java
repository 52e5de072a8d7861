package fr.engagement.accounts.entity;

/** The roles of the SPEC; each account holds one or more, each with its scope (see {@link AccountRole}). */
public enum Role {
    ADMIN("Administrateur"),
    REFERENT_DEPARTEMENT("Référent départemental"),
    REFERENT_REGION("Référent régional"),
    RESPONSABLE("Responsable de structure"),
    TETE_DE_RESEAU("Tête de réseau"),
    BENEVOLE("Bénévole"),
    JEUNE("Jeune (SNU)"),
    PARTENAIRE("Partenaire");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The page each role lands on after login or a role switch. */
    public String homePage() {
        return switch (this) {
            case ADMIN -> "/admin/index.xhtml";
            case REFERENT_DEPARTEMENT, REFERENT_REGION -> "/referent/index.xhtml";
            case RESPONSABLE, TETE_DE_RESEAU -> "/structure/index.xhtml";
            case BENEVOLE -> "/benevole/index.xhtml";
            case JEUNE -> "/jeune/index.xhtml";
            case PARTENAIRE -> "/partenaire/index.xhtml";
        };
    }
}
