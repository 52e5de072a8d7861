package fr.engagement.territory.entity;

/**
 * A latitude/longitude rectangle, bounds included, used as the indexed first step of every radius search
 * ({@code latitude BETWEEN :minLatitude AND :maxLatitude AND longitude BETWEEN :minLongitude AND :maxLongitude}).
 * It never wraps around the antimeridian: {@link GeoPoint#boxAround} widens to all longitudes instead.
 */
public record BoundingBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

    public static final BoundingBox WORLD = new BoundingBox(-90, 90, -180, 180);

    public BoundingBox {
        if (!(minLatitude <= maxLatitude) || !(minLongitude <= maxLongitude)) {
            throw new IllegalArgumentException("empty box: " + minLatitude + ".." + maxLatitude + ", "
                    + minLongitude + ".." + maxLongitude);
        }
    }

    public boolean contains(GeoPoint point) {
        return point.latitude() >= minLatitude && point.latitude() <= maxLatitude
                && point.longitude() >= minLongitude && point.longitude() <= maxLongitude;
    }
}
