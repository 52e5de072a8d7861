package fr.engagement.missions.entity;

/** How often, for recurring missions. */
public enum CommitmentPeriod {
    DAY("par jour"),
    WEEK("par semaine"),
    MONTH("par mois"),
    YEAR("par an");

    private final String label;

    CommitmentPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
