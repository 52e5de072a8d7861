package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.partners.entity.DiffusionRule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RuleMatchTest {

    static final DiffusionRule ROOT = DiffusionRule.root("b", "a", Instant.EPOCH);
    static final String RESEAUX = "publisherOrganization.parentOrganizations";

    static DiffusionRule child(String field, String operator, String value) {
        return DiffusionRule.child(ROOT, field, "string", operator, value, Instant.EPOCH);
    }

    @Test
    void onlyExclusionsOnTheSameFieldExclude() {
        assertThat(RuleMatch.excludes(child(RESEAUX, "does_not_contain", "Marine nationale"), RESEAUX,
                "marine NATIONALE")).isTrue();
        assertThat(RuleMatch.excludes(child(RESEAUX, "does_not_contain", "Marine nationale"), RESEAUX, "Marine"))
                .isFalse();
        assertThat(RuleMatch.excludes(child(RESEAUX, "contains", "Marine nationale"), RESEAUX, "Marine nationale"))
                .isFalse();
        assertThat(RuleMatch.excludes(child("type", "is_not", "benevolat"), RESEAUX, "benevolat")).isFalse();
        assertThat(RuleMatch.excludes(child("type", "is_not", "benevolat"), "type", "Benevolat")).isTrue();
        assertThat(RuleMatch.excludes(child("type", "does_not_contain", "volontariat"), "type",
                "volontariat_service_civique")).isTrue();
        assertThat(RuleMatch.excludes(child(RESEAUX, "does_not_exist", ""), RESEAUX, "x")).isTrue();
    }
}
