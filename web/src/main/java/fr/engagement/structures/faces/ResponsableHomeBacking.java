package fr.engagement.structures.faces;

import fr.engagement.candidatures.boundary.Candidatures;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.missions.boundary.Missions;
import fr.engagement.missions.entity.Mission;
import fr.engagement.structures.boundary.Structures;
import fr.engagement.structures.entity.Structure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The responsable's home: their structures with status, each structure's missions, candidatures to answer. */
@Named
@RequestScoped
public class ResponsableHomeBacking {

    @Inject
    Structures structures;

    @Inject
    Missions missions;

    @Inject
    Candidatures candidatures;

    private final Map<Structure, List<Mission>> missionsByStructure = new LinkedHashMap<>();
    private List<Candidature> waiting;

    @PostConstruct
    void load() {
        for (Structure s : structures.mine()) {
            missionsByStructure.put(s, missions.ofStructure(s.getId()));
        }
        waiting = candidatures.ofMyStructures(CandidatureStatus.WAITING_VALIDATION);
    }

    public List<Structure> getStructures() {
        return List.copyOf(missionsByStructure.keySet());
    }

    public List<Mission> missionsOf(Structure s) {
        return missionsByStructure.getOrDefault(s, List.of());
    }

    public List<Candidature> getWaiting() {
        return waiting;
    }
}
