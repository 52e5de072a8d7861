package fr.engagement.missions.entity;

public enum DateType {
    ONE_OFF("Ponctuelle"),
    RECURRING("Récurrente");

    private final String label;

    DateType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
