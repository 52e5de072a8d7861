package fr.engagement.structures.faces;

import fr.engagement.missions.boundary.Missions;
import fr.engagement.missions.entity.Mission;
import fr.engagement.structures.boundary.Structures;
import fr.engagement.structures.entity.Structure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The referent's moderation queues: structures and missions of their territory waiting for a decision. */
@Named
@RequestScoped
public class ReferentHomeBacking {

    @Inject
    Structures structures;

    @Inject
    Missions missions;

    private List<Structure> structureQueue;
    private List<Mission> missionQueue;

    @PostConstruct
    void load() {
        structureQueue = structures.reviewQueue();
        missionQueue = missions.reviewQueue();
    }

    public List<Structure> getStructureQueue() {
        return structureQueue;
    }

    public List<Mission> getMissionQueue() {
        return missionQueue;
    }
}
