package fr.engagement.partners.entity;

import java.time.Instant;
import java.util.List;

/**
 * Everything a catalogue mission holds besides its key (publisher, clientId), its organisation and its review: what
 * a feed, the v2 API or the platform's projection writes. Two equal contents are the same mission, which is how an
 * import recognises an unchanged mission. Lists are never null; activities are labels of the peer's whitelist.
 */
public record MissionContent(String title, String description, String descriptionHtml, String applicationUrl,
        String image, String type, String domain, String domainOriginal, List<String> activities, List<String> tags,
        List<String> tasks, List<String> audience, List<String> softSkills, List<String> requirements,
        List<String> romeSkills, String remote, String schedule, Integer duration, Instant postedAt,
        Instant startAt, Instant endAt, String priority, String metadata, Integer places, String placesStatus,
        boolean snu, Integer snuPlaces, Boolean openToMinors, Boolean reducedMobilityAccessible,
        Boolean closeToTransport, Double compensationAmount, Double compensationAmountMax, String compensationUnit,
        String compensationType, List<AddressData> addresses) {

    public MissionContent {
        activities = copy(activities);
        tags = copy(tags);
        tasks = copy(tasks);
        audience = copy(audience);
        softSkills = copy(softSkills);
        requirements = copy(requirements);
        romeSkills = copy(romeSkills);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /**
     * SHA-256 of every field, for {@link PartnerMission#write}: two equal contents have the same hash. The record's
     * text form lists every component in order, lists and instants in their canonical text, so it serves as the
     * canonical form.
     */
    public String hash() {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(sha.digest(toString().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
