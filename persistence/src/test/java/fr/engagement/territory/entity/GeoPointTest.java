package fr.engagement.territory.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
    static final GeoPoint LYON = new GeoPoint(45.7640, 4.8357);
    static final GeoPoint MARSEILLE = new GeoPoint(43.2965, 5.3698);
    static final GeoPoint NOUMEA = new GeoPoint(-22.2758, 166.4580);

    @Test
    void parisLyonIsAbout392Km() {
        assertThat(PARIS.distanceKm(LYON)).isCloseTo(392, within(3.0));
    }

    @Test
    void parisMarseilleIsAbout661Km() {
        assertThat(PARIS.distanceKm(MARSEILLE)).isCloseTo(661, within(4.0));
    }

    @Test
    void distanceIsSymmetricAndZeroToItself() {
        assertThat(PARIS.distanceKm(LYON)).isEqualTo(LYON.distanceKm(PARIS));
        assertThat(PARIS.distanceKm(PARIS)).isZero();
    }

    @Test
    void shortDistancesStayAccurate() {
        // 0.001° of latitude is 111 m everywhere
        GeoPoint north = new GeoPoint(PARIS.latitude() + 0.001, PARIS.longitude());
        assertThat(PARIS.distanceKm(north)).isCloseTo(0.1112, within(0.0005));
    }

    @Test
    void antipodesAreHalfTheCircumferenceApart() {
        GeoPoint antipode = new GeoPoint(-PARIS.latitude(), PARIS.longitude() - 180);
        assertThat(PARIS.distanceKm(antipode)).isCloseTo(GeoPoint.MAX_DISTANCE_KM, within(0.001));
    }

    @Test
    void distanceAcrossTheAntimeridian() {
        GeoPoint east = new GeoPoint(-13.28, 179.9);
        GeoPoint west = new GeoPoint(-13.28, -179.9);
        assertThat(east.distanceKm(west)).isCloseTo(21.65, within(0.1));
    }

    @Test
    void outOfRangeCoordinatesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(90.5, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, -181));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, Double.POSITIVE_INFINITY));
    }

    @Test
    void pointsOnTheCircleLieInsideItsBox() {
        for (GeoPoint centre : new GeoPoint[] {PARIS, NOUMEA, new GeoPoint(70.0, 25.0), new GeoPoint(-65.0, 140.0)}) {
            for (double radius : new double[] {1, 10, 100, 500}) {
                BoundingBox box = centre.boxAround(radius);
                for (int bearing = 0; bearing < 360; bearing += 5) {
                    // a hair inside the circle: the box's own edges are where the circle touches it
                    GeoPoint onCircle = destination(centre, bearing, radius * 0.999999);
                    assertThat(box.contains(onCircle))
                            .as("%s, %s km, bearing %s: %s in %s", centre, radius, bearing, onCircle, box)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aPoint10KmAwayIsInsideThe10KmBoxAndOutsideThe5KmBox() {
        GeoPoint tenKmEast = destination(PARIS, 90, 10);
        assertThat(PARIS.distanceKm(tenKmEast)).isCloseTo(10, within(0.001));
        assertThat(PARIS.boxAround(10.001).contains(tenKmEast)).isTrue();
        assertThat(PARIS.boxAround(5).contains(tenKmEast)).isFalse();
    }

    @Test
    void boxIsTight() {
        BoundingBox box = PARIS.boxAround(10);
        double latitudeSpanKm = (box.maxLatitude() - box.minLatitude()) * Math.PI / 180 * GeoPoint.EARTH_RADIUS_KM;
        assertThat(latitudeSpanKm).isCloseTo(20, within(0.001));
        // at 48.86° N a degree of longitude is about 73 km: 20 km is about 0.273°
        assertThat(box.maxLongitude() - box.minLongitude()).isCloseTo(0.2734, within(0.001));
        assertThat(box.contains(new GeoPoint(PARIS.latitude(), PARIS.longitude() + 0.2))).isFalse();
    }

    @Test
    void zeroRadiusBoxHoldsOnlyTheCentre() {
        BoundingBox box = PARIS.boxAround(0);
        assertThat(box.contains(PARIS)).isTrue();
        assertThat(box.minLatitude()).isEqualTo(box.maxLatitude());
        assertThat(box.minLongitude()).isEqualTo(box.maxLongitude());
    }

    @Test
    void boxReachingAPoleSpansAllLongitudes() {
        BoundingBox box = new GeoPoint(89.95, 10).boxAround(10);
        assertThat(box.maxLatitude()).isEqualTo(90);
        assertThat(box.minLongitude()).isEqualTo(-180);
        assertThat(box.maxLongitude()).isEqualTo(180);
        assertThat(box.contains(new GeoPoint(89.95, -170))).isTrue();
    }

    @Test
    void boxAtThePoleItselfNeverDividesByZero() {
        BoundingBox north = new GeoPoint(90, 0).boxAround(1);
        BoundingBox south = new GeoPoint(-90, 0).boxAround(1);
        assertThat(north).isEqualTo(new BoundingBox(90 - Math.toDegrees(1 / GeoPoint.EARTH_RADIUS_KM), 90, -180, 180));
        assertThat(south.minLatitude()).isEqualTo(-90);
        assertThat(south.minLongitude()).isEqualTo(-180);
        assertThat(new GeoPoint(90, 0).boxAround(0).contains(new GeoPoint(90, 123))).isTrue();
    }

    @Test
    void boxNearThePoleWithoutReachingItStaysFinite() {
        BoundingBox box = new GeoPoint(89.0, 0).boxAround(100);
        assertThat(box.maxLatitude()).isLessThan(90);
        assertThat(box.minLongitude()).isBetween(-180.0, 0.0);
        assertThat(box.maxLongitude()).isBetween(0.0, 180.0);
        assertThat(Double.isFinite(box.minLongitude())).isTrue();
    }

    @Test
    void boxCrossingTheAntimeridianSpansAllLongitudes() {
        GeoPoint futuna = new GeoPoint(-14.28, -178.15);
        BoundingBox box = futuna.boxAround(200);
        assertThat(box.minLongitude()).isEqualTo(-180);
        assertThat(box.maxLongitude()).isEqualTo(180);
        assertThat(box.contains(destination(futuna, 270, 199))).isTrue();
    }

    @Test
    void hugeRadiusCoversTheWorld() {
        assertThat(PARIS.boxAround(GeoPoint.MAX_DISTANCE_KM)).isEqualTo(BoundingBox.WORLD);
        assertThat(PARIS.boxAround(1_000_000)).isEqualTo(BoundingBox.WORLD);
        BoundingBox quarter = PARIS.boxAround(GeoPoint.MAX_DISTANCE_KM / 2);
        assertThat(quarter.contains(new GeoPoint(-41, 2.35))).isTrue();
        assertThat(quarter.minLongitude()).isEqualTo(-180);
    }

    @Test
    void negativeOrNaNRadiusIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PARIS.boxAround(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> PARIS.boxAround(Double.NaN));
    }

    @Test
    void boxBoundsAreInclusive() {
        BoundingBox box = new BoundingBox(1, 2, 3, 4);
        assertThat(box.contains(new GeoPoint(1, 3))).isTrue();
        assertThat(box.contains(new GeoPoint(2, 4))).isTrue();
        assertThat(box.contains(new GeoPoint(2.0001, 4))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundingBox(2, 1, 3, 4));
    }

    /** The point reached from {@code start} going {@code km} along the great circle of initial {@code bearing}. */
    static GeoPoint destination(GeoPoint start, double bearingDegrees, double km) {
        double angle = km / GeoPoint.EARTH_RADIUS_KM;
        double bearing = Math.toRadians(bearingDegrees);
        double lat1 = Math.toRadians(start.latitude());
        double lon1 = Math.toRadians(start.longitude());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
        double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1),
                Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
        double lon = (Math.toDegrees(lon2) + 540) % 360 - 180;
        return new GeoPoint(Math.toDegrees(lat2), lon);
    }
}
