package fr.engagement.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    @Test
    void idsAreVersion7WithTheRfcVariantAndTheirMillisecond() {
        UUID id = UuidV7.next(1_764_000_000_123L);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UuidV7.millisOf(id)).isEqualTo(1_764_000_000_123L);
    }

    @Test
    void idsMadeOneAfterTheOtherSortAsTheirTextInCreationOrder() {
        List<String> ids = new ArrayList<>();
        long millis = 1_764_000_000_000L;
        for (int i = 0; i < 10_000; i++) {
            // many in the same millisecond, then the next ones
            ids.add(UuidV7.next(millis + i / 3000).toString());
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aClockSteppingBackDoesNotBreakTheOrder() {
        String before = UuidV7.next(1_900_000_000_000L).toString();
        String after = UuidV7.next(1_899_999_999_000L).toString();
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void theDefaultGeneratorGivesCanonicalText() {
        assertThat(UuidV7.next()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
}
