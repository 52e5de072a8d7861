package fr.engagement.missions.boundary;

import fr.engagement.missions.entity.MissionType;
import fr.engagement.territory.entity.GeoPoint;
import java.time.LocalDate;

/**
 * What a person searches for. {@code around} with {@code radiusKm} restricts on-site missions to that distance
 * and sorts them nearest first; without it, missions come soonest first.
 */
public record SearchCriteria(GeoPoint around, int radiusKm, Integer domainId, Integer activityId, MissionType type,
        boolean minorsOnly, LocalDate from, LocalDate to) {

    public static final int[] RADII = {10, 20, 50, 100};

    public SearchCriteria {
        if (around != null && (radiusKm <= 0 || radiusKm > 200)) {
            radiusKm = 20;
        }
    }
}
