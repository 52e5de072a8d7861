package fr.engagement.missions.entity;

public enum MissionType {
    ON_SITE("Sur place"),
    REMOTE("À distance");

    private final String label;

    MissionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
