package fr.engagement.structures.faces;

import fr.engagement.missions.boundary.Taxonomy;
import fr.engagement.missions.entity.Domain;
import fr.engagement.platform.faces.Pages;
import fr.engagement.structures.boundary.Structures;
import fr.engagement.structures.entity.LegalStatus;
import fr.engagement.structures.entity.Structure;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** A responsable edits the structure's profile; saving a complete draft sends it to the referents. */
@Named
@ViewScoped
public class StructureProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Structures structures;

    @Inject
    transient Taxonomy taxonomy;

    private Long id;
    private Structure structure;
    private Structure edited;
    private String postalCode;
    private String communeInsee;
    private List<Domain> domains;

    public void load() {
        domains = taxonomy.domains();
        structure = structures.get(id);
        edited = Structure.blank();
        edited.copyProfileFrom(structure);
        postalCode = structure.getPostalCode();
        communeInsee = structure.getCommuneInsee();
    }

    public String save() {
        Structure saved = structures.updateProfile(id, edited, postalCode, communeInsee);
        String message = switch (saved.getStatus()) {
            case WAITING_VALIDATION -> "Profil enregistré et complet : votre structure est transmise aux référents.";
            case DRAFT -> "Profil enregistré. Complétez les champs manquants pour le transmettre aux référents.";
            default -> "Profil enregistré.";
        };
        return Pages.redirect("/structure/index.xhtml", message);
    }

    public List<Domain> getDomains() {
        return domains;
    }

    public List<LegalStatus> getLegalStatuses() {
        return List.of(LegalStatus.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Structure getStructure() {
        return structure;
    }

    public Structure getEdited() {
        return edited;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    public void setCommuneInsee(String communeInsee) {
        this.communeInsee = communeInsee;
    }
}
