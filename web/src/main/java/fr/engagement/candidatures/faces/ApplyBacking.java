package fr.engagement.candidatures.faces;

import fr.engagement.candidatures.boundary.Candidatures;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.missions.boundary.Missions;
import fr.engagement.missions.entity.Mission;
import fr.engagement.platform.faces.Pages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;

/** A volunteer proposes their help for a mission, with a message for its responsables. */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Candidatures candidatures;

    @Inject
    transient Missions missions;

    private Long missionId;
    private Mission mission;

    @Size(max = 5000, message = "Le message est trop long (5 000 caractères au plus).")
    private String message;

    public void load() {
        mission = missions.get(missionId);
    }

    public String apply() {
        Candidature c = candidatures.apply(missionId, message);
        return Pages.redirect("/benevole/candidature.xhtml?id=" + c.getId(),
                "Votre candidature est envoyée : la structure vous répondra ici et par courriel.");
    }

    public Long getMissionId() {
        return missionId;
    }

    public void setMissionId(Long missionId) {
        this.missionId = missionId;
    }

    public Mission getMission() {
        return mission;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
