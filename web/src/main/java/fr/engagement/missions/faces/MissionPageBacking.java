package fr.engagement.missions.faces;

import fr.engagement.missions.boundary.Missions;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/** The public page of a mission: what, where (with its map point), when, the structure and the places left. */
@Named
@RequestScoped
public class MissionPageBacking {

    @Inject
    Missions missions;

    @Inject
    Clock clock;

    private Long id;
    private Mission mission;
    private boolean acceptsCandidatures;

    public void load() {
        mission = missions.get(id);
        acceptsCandidatures = mission.acceptsCandidatures(LocalDate.now(clock));
    }

    public MissionAddress getFirstAddress() {
        return mission.getAddresses().isEmpty() ? null : mission.getAddresses().get(0);
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

    public boolean isAcceptsCandidatures() {
        return acceptsCandidatures;
    }
}
