package fr.engagement.missions.entity;

import fr.engagement.platform.entity.BusinessException;

public class MissionFullException extends BusinessException {

    public MissionFullException() {
        super("La mission est complète : il ne reste plus de place.");
    }
}
