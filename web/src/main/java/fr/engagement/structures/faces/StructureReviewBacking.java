package fr.engagement.structures.faces;

import fr.engagement.audit.entity.StatusChange;
import fr.engagement.platform.faces.Pages;
import fr.engagement.structures.boundary.Structures;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** A referent (or an admin) reviews a structure: its profile, its history, and the decisions allowed now. */
@Named
@ViewScoped
public class StructureReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Structures structures;

    private Long id;
    private Structure structure;
    private List<StatusChange> history;
    private List<StructureStatus> targets;
    private String comment;

    public void load() {
        structure = structures.get(id);
        history = structures.history(id);
        targets = new ArrayList<>(structures.possibleTargets(structure));
    }

    public String decide(StructureStatus target) {
        structures.changeStatus(id, target, comment);
        return Pages.redirect("/referent/structure.xhtml?id=" + id,
                "La structure est désormais « " + target.label() + " ».");
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

    public List<StatusChange> getHistory() {
        return history;
    }

    public List<StructureStatus> getTargets() {
        return targets;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
