package fr.engagement.platform.faces;

import fr.engagement.audit.entity.SubjectType;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.structures.entity.StructureStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** French labels and dates for the screens: statuses by their code, dates in the ministry's time zone. */
@Named
@ApplicationScoped
public class Labels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
            Locale.FRANCE).withZone(fr.engagement.platform.control.ClockProducer.PARIS);

    public String status(SubjectType type, String code) {
        if (code == null) {
            return "—";
        }
        return switch (type) {
            case STRUCTURE -> StructureStatus.valueOf(code).label();
            case MISSION -> MissionStatus.valueOf(code).label();
            case CANDIDATURE -> CandidatureStatus.valueOf(code).label();
        };
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 03/12/2026: for table cells, where the long form wraps on a phone. */
    public String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
