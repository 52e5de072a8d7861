package fr.engagement.missions.faces;

import fr.engagement.audit.entity.StatusChange;
import fr.engagement.candidatures.boundary.Candidatures;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.missions.boundary.Missions;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.platform.faces.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * A mission as its structure and its referents see it: content, status, the moves the caller may make,
 * its candidatures and its history. The same bean serves /structure/mission.xhtml and /referent/mission.xhtml.
 */
@Named
@ViewScoped
public class MissionManageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Missions missions;

    @Inject
    transient Candidatures candidatures;

    private Long id;
    private Mission mission;
    private List<StatusChange> history;
    private List<MissionStatus> targets;
    private List<Candidature> candidaturesOfMission;
    private String comment;

    public void load() {
        mission = missions.getManaged(id);
        history = missions.history(id);
        targets = new ArrayList<>(missions.possibleTargets(mission));
        candidaturesOfMission = candidatures.ofMission(id);
    }

    public String decide(MissionStatus target) {
        missions.changeStatus(id, target, comment);
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return Pages.redirect(view + "?id=" + id, "La mission est désormais « " + target.label() + " ».");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Mission getMission() {
        return mission;
    }

    public List<StatusChange> getHistory() {
        return history;
    }

    public List<MissionStatus> getTargets() {
        return targets;
    }

    public List<Candidature> getCandidatures() {
        return candidaturesOfMission;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
