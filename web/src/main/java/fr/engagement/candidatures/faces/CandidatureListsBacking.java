package fr.engagement.candidatures.faces;

import fr.engagement.candidatures.boundary.Candidatures;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The volunteer's candidatures, and the candidatures of a responsable's structures filtered by status. */
@Named
@RequestScoped
public class CandidatureListsBacking {

    @Inject
    Candidatures candidatures;

    private CandidatureStatus status;
    private List<Candidature> list;

    public void loadMine() {
        list = candidatures.mine();
    }

    public void loadOfMyStructures() {
        list = candidatures.ofMyStructures(status);
    }

    public List<CandidatureStatus> getStatuses() {
        return List.of(CandidatureStatus.values());
    }

    public CandidatureStatus getStatus() {
        return status;
    }

    public void setStatus(CandidatureStatus status) {
        this.status = status;
    }

    public List<Candidature> getList() {
        return list;
    }
}
