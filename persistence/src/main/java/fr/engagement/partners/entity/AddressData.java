package fr.engagement.partners.entity;

/**
 * An address of a catalogue mission as stored: what the partner sent, completed from the territory tables
 * (department, region, point). {@code geolocStatus} is one of the peer's values (ENRICHED_BY_PUBLISHER,
 * ENRICHED_BY_API, NOT_FOUND, NO_DATA).
 */
public record AddressData(String street, String postalCode, String city, String departmentCode,
        String departmentName, String region, String country, Double latitude, Double longitude,
        String geolocStatus) {

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
