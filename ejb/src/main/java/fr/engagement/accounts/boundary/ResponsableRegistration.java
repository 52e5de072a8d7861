package fr.engagement.accounts.boundary;

import fr.engagement.structures.entity.LegalStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A responsable registering with a new structure: the person (as a volunteer registration, without the age rule)
 * and the structure's identity and address.
 */
public class ResponsableRegistration extends VolunteerRegistration {

    @NotBlank(message = "Le nom de la structure est obligatoire.")
    @Size(min = 3, max = 255, message = "Le nom de la structure doit comporter entre 3 et 255 caractères.")
    private String structureName;

    @NotNull(message = "Le statut juridique est obligatoire.")
    private LegalStatus legalStatus;

    @Pattern(regexp = "|W\\d{9}", message = "Le numéro RNA commence par W suivi de 9 chiffres (ex. W751234567).")
    private String rna;

    @Pattern(regexp = "|\\d{14}", message = "Le numéro SIRET comporte 14 chiffres.")
    private String siret;

    @Size(max = 255, message = "L'adresse est trop longue.")
    private String street;

    @NotBlank(message = "Le code postal de la structure est obligatoire.")
    @Pattern(regexp = "\\d{5}", message = "Le code postal doit comporter 5 chiffres.")
    private String structurePostalCode;

    private String structureCommuneInsee;

    public String getStructureName() {
        return structureName;
    }

    public void setStructureName(String structureName) {
        this.structureName = structureName;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public String getRna() {
        return rna;
    }

    public void setRna(String rna) {
        this.rna = rna == null ? null : rna.strip().toUpperCase();
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret == null ? null : siret.replace(" ", "");
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getStructurePostalCode() {
        return structurePostalCode;
    }

    public void setStructurePostalCode(String structurePostalCode) {
        this.structurePostalCode = structurePostalCode;
    }

    public String getStructureCommuneInsee() {
        return structureCommuneInsee;
    }

    public void setStructureCommuneInsee(String structureCommuneInsee) {
        this.structureCommuneInsee = structureCommuneInsee;
    }
}
