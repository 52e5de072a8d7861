package fr.engagement.partners.control;

import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;

/**
 * A catalogue mission as the API shows it: the mission with its organisation, addresses and activities loaded, its
 * publisher, and its distance in km from the searched point (nearest address), null without a point.
 */
public record CatalogueEntry(PartnerMission mission, Publisher publisher, Double distanceKm) {

    /**
     * When an import or the API last synchronised the mission: its own sync time (written with its content), or the
     * start of its publisher's last successful feed import when later, since that import saw every mission it did
     * not delete (unchanged ones are not rewritten).
     */
    public java.time.Instant lastSyncAt() {
        java.time.Instant own = mission.getLastSyncAt();
        java.time.Instant feed = publisher == null ? null : publisher.getFeedSyncedAt();
        return mission.getDeletedAt() == null && feed != null && (own == null || feed.isAfter(own)) ? feed : own;
    }
}
