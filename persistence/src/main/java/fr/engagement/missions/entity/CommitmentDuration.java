package fr.engagement.missions.entity;

/** How long each time, as the reference's {@code commitment__duration}. */
public enum CommitmentDuration {
    HOUR_1("1 heure", 1),
    HOURS_2("2 heures", 2),
    HALF_DAY("Une demi-journée", 4),
    DAY_1("1 jour", 7),
    DAYS_2("2 jours", 14),
    DAYS_3("3 jours", 21),
    DAYS_4("4 jours", 28),
    DAYS_5("5 jours", 35),
    MORE_5_DAYS("Plus de 5 jours", 42);

    private final String label;
    private final int hours;

    CommitmentDuration(String label, int hours) {
        this.label = label;
        this.hours = hours;
    }

    public String label() {
        return label;
    }

    public int hours() {
        return hours;
    }
}
