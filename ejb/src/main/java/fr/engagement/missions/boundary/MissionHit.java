package fr.engagement.missions.boundary;

import java.time.LocalDate;

/** One search result as the results list shows it; {@code distanceKm} is null without a search point. */
public record MissionHit(long id, String title, String structureName, String city, String departmentCode,
        String domainName, String type, int placesLeft, boolean openToMinors, LocalDate startDate,
        LocalDate endDate, Double distanceKm) {

    public String distanceLabel() {
        if (distanceKm == null) {
            return null;
        }
        return distanceKm < 1 ? "à moins d'1 km" : String.format(java.util.Locale.FRANCE, "à %.0f km", distanceKm);
    }
}
