package fr.engagement.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.tracking.control.TrackingDirectory.MissionTarget;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffusionCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final MissionTarget mission = new MissionTarget("m1", "announcerA", "c1", "https://a.example/1", true,
            "ORG-1");

    @Test
    void aRootForTheAnnouncerOpensItsMissions() {
        DiffusionRule root = DiffusionRule.root("broadcaster", "announcerA", NOW);
        assertThat(DiffusionCheck.allows(List.of(root), mission)).isTrue();
        assertThat(DiffusionCheck.allows(List.of(DiffusionRule.root("broadcaster", "announcerB", NOW)), mission))
                .isFalse();
        assertThat(DiffusionCheck.allows(List.of(), mission)).isFalse();
    }

    @Test
    void anOrganisationExclusionUnderTheRootClosesThatOrganisationOnly() {
        DiffusionRule root = DiffusionRule.root("broadcaster", "announcerA", NOW);
        DiffusionRule excluded = DiffusionRule.child(root, "publisherOrganization.clientId", "string", "is_not",
                "org-1", NOW);
        assertThat(DiffusionCheck.allows(List.of(root, excluded), mission)).as("case-insensitive, as the peer")
                .isFalse();
        DiffusionRule other = DiffusionRule.child(root, "publisherOrganization.clientId", "string", "is_not",
                "ORG-2", NOW);
        assertThat(DiffusionCheck.allows(List.of(root, other), mission)).isTrue();
    }
}
