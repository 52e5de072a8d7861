package fr.engagement.territory.entity;

/**
 * A point on the Earth, in decimal degrees (WGS 84). Distances are great-circle distances on a sphere: good to
 * about 0.5 %, far better than the commune points they are computed from.
 */
public record GeoPoint(double latitude, double longitude) {

    /** Mean Earth radius (IUGG), the one most geo libraries use, so our distances agree with theirs. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** Half the Earth's circumference: no two points are farther apart. */
    public static final double MAX_DISTANCE_KM = Math.PI * EARTH_RADIUS_KM;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude out of [-90, 90]: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude out of [-180, 180]: " + longitude);
        }
    }

    /** Great-circle distance by the haversine formula, which stays accurate for short distances (unlike the law of cosines). */
    public double distanceKm(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = sin2(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * sin2(dLon / 2);
        // rounding can push h a hair above 1 for antipodal points: asin would return NaN
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    /**
     * The smallest latitude/longitude box holding every point within {@code radiusKm}: an index-friendly pre-filter
     * that callers refine by {@link #distanceKm}. Longitudes widen with latitude; when the circle reaches a pole, or
     * would cross the antimeridian, the box spans all longitudes: wider than needed, never missing a point.
     */
    public BoundingBox boxAround(double radiusKm) {
        if (!(radiusKm >= 0)) {
            throw new IllegalArgumentException("radius must be positive or zero: " + radiusKm);
        }
        double angle = radiusKm / EARTH_RADIUS_KM; // angular radius, radians
        if (angle >= Math.PI) {
            return BoundingBox.WORLD;
        }
        double lat = Math.toRadians(latitude);
        double minLat = lat - angle;
        double maxLat = lat + angle;
        if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2) {
            // a pole is inside the circle: every meridian crosses it
            return new BoundingBox(Math.max(-90, Math.toDegrees(minLat)), Math.min(90, Math.toDegrees(maxLat)), -180, 180);
        }
        // No pole inside, so |lat| < 90° - angle: cos(lat) > sin(angle) >= 0, never zero, and the ratio stays below 1.
        // This is the widest longitude the circle reaches (at its tangent meridians, not at the centre's latitude).
        double dLon = Math.toDegrees(Math.asin(Math.min(1, Math.sin(angle) / Math.cos(lat))));
        double minLon = longitude - dLon;
        double maxLon = longitude + dLon;
        if (minLon < -180 || maxLon > 180) {
            // Wallis-et-Futuna sits near 180°: one box cannot wrap around, so it takes all longitudes
            minLon = -180;
            maxLon = 180;
        }
        return new BoundingBox(Math.toDegrees(minLat), Math.toDegrees(maxLat), minLon, maxLon);
    }

    private static double sin2(double x) {
        double s = Math.sin(x);
        return s * s;
    }
}
