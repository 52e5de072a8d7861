package fr.engagement.demo.control;

import fr.engagement.demo.control.MissionTemplates.Template;
import fr.engagement.missions.entity.CommitmentPeriod;
import fr.engagement.missions.entity.DateType;
import fr.engagement.missions.entity.Mission;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a mission's title and description from its template, its structure, where and when: short HTML
 * paragraphs (p, strong, ul/li) like the offers people post, never lorem ipsum.
 */
final class MissionText {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRANCE);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    static final List<String> ONE_OFF_HOURS = List.of("de 9 h à 13 h", "de 14 h à 18 h", "de 8 h 30 à 12 h 30",
            "toute la journée, de 9 h à 17 h", "de 18 h à 22 h");

    static final List<String> WEEKLY = List.of("chaque samedi matin, de 9 h à 12 h",
            "le mercredi après-midi, de 14 h à 17 h", "un soir par semaine, de 19 h à 22 h",
            "le mardi ou le jeudi, de 17 h à 19 h", "le lundi matin, de 9 h à 11 h");

    static final List<String> MONTHLY = List.of("un samedi par mois", "le premier mercredi du mois, en soirée",
            "un dimanche matin par mois", "deux soirées par mois, selon vos disponibilités");

    private MissionText() {}

    /** The template's title, and where for an on-site mission ("... à Villeurbanne", "... à Paris 18e"). */
    static String title(Template t, String place) {
        return place == null ? t.title() : t.title() + " à " + place;
    }

    static String description(Template t, String structureName, String place, Mission m, String hours,
            String closing) {
        StringBuilder html = new StringBuilder();
        html.append("<p><strong>").append(escape(structureName)).append("</strong> ").append(escape(t.pitch()))
                .append(place == null ? ", à distance depuis chez vous" : " à " + escape(place)).append(".</p>");
        html.append("<p>").append(escape(t.context())).append("</p>");
        html.append("<p><strong>Concrètement, vous allez :</strong></p><ul>");
        t.tasks().forEach(task -> html.append("<li>").append(escape(task)).append("</li>"));
        html.append("</ul><p>").append(escape(rhythm(m, hours))).append("</p>");
        html.append("<p>").append(escape(closing)).append("</p>");
        return html.toString();
    }

    static String recurrence(CommitmentPeriod period, Timeline time) {
        return period == CommitmentPeriod.MONTH ? time.pick(MONTHLY) : time.pick(WEEKLY);
    }

    /** When, in a sentence: a date and hours for a one-off mission, a commitment for a recurring one. */
    static String rhythm(Mission m, String hours) {
        if (m.getDateType() == DateType.ONE_OFF) {
            LocalDate end = m.getEndDate() == null ? m.getStartDate() : m.getEndDate();
            if (end.equals(m.getStartDate())) {
                return "Rendez-vous le " + day(m.getStartDate(), true) + ", " + hours + ".";
            }
            return "Du " + day(m.getStartDate(), false) + " au " + day(end, true)
                    + ", par créneaux de trois heures à choisir.";
        }
        String duration = m.getCommitmentDuration().label();
        String sentence = "Engagement : " + Character.toLowerCase(duration.charAt(0)) + duration.substring(1) + " "
                + m.getCommitmentPeriod().label() + " (" + m.getRecurrenceDescription() + ")";
        return sentence + (m.getEndDate() == null ? ", sans date de fin." : ", jusqu'au " + day(m.getEndDate(), true)
                + ".");
    }

    /** "samedi 1er juin 2026": French dates, with the ordinal for the first of the month. */
    static String day(LocalDate date, boolean withYear) {
        String dayOfMonth = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        String month = withYear ? MONTH_YEAR.format(date) : date.format(DateTimeFormatter.ofPattern("MMMM",
                Locale.FRANCE));
        return WEEKDAY.format(date) + " " + dayOfMonth + " " + month;
    }

    /** Text into HTML: only what would break the markup is escaped, apostrophes stay readable. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
