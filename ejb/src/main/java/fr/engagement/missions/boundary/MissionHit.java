package fr.engagement.missions.boundary;

import fr.engagement.partners.entity.Publisher;
import java.time.LocalDate;

/**
 * One search result as the results list shows it; {@code distanceKm} is null without a search point. A partner's
 * mission (from the shared catalogue) has {@code partnerMissionId} and {@code publisherName}, and {@code id} 0:
 * it has no page here, its button goes through the tracked redirect ({@link #trackedPath()}).
 */
public record MissionHit(long id, String title, String structureName, String city, String departmentCode,
        String domainName, String type, int placesLeft, boolean openToMinors, LocalDate startDate,
        LocalDate endDate, Double distanceKm, String partnerMissionId, String publisherName) {

    public String distanceLabel() {
        if (distanceKm == null) {
            return null;
        }
        return distanceKm < 1 ? "à moins d'1 km" : String.format(java.util.Locale.FRANCE, "à %.0f km", distanceKm);
    }

    /** "Lyon (69)", a partner's city without a department as sent, or "À distance". */
    public String placeLabel() {
        if (city == null || city.isBlank()) {
            return "À distance";
        }
        return departmentCode == null || departmentCode.isBlank() ? city : city + " (" + departmentCode + ")";
    }

    public boolean isPartner() {
        return partnerMissionId != null;
    }

    /** The redirect that counts the click for the announcer, the platform being the broadcaster (§5). */
    public String trackedPath() {
        return isPartner() ? "/r/" + partnerMissionId + "/" + Publisher.PLATFORM_ID : null;
    }
}
