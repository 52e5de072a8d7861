package fr.engagement.partners.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BotSuspectTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aBlockIsDecidedOnceAndUndoneOnce() {
        BotSuspect suspect = new BotSuspect("a".repeat(64), "Mozilla/5.0");
        assertThat(suspect.unblock()).as("not blocked yet").isFalse();
        assertThat(suspect.block("Camille Admin", T0)).isTrue();
        assertThat(suspect.block("Autre Admin", T0.plusSeconds(60))).as("already blocked").isFalse();
        assertThat(suspect.getBlockedBy()).isEqualTo("Camille Admin");
        assertThat(suspect.getBlockedAt()).isEqualTo(T0);
        assertThat(suspect.unblock()).isTrue();
        assertThat(suspect.isBlocked()).isFalse();
        assertThat(suspect.getBlockedBy()).isNull();
    }

    @Test
    void aBlockedSuspectKeepsTheFiguresItWasBlockedOn() {
        BotSuspect suspect = new BotSuspect("b".repeat(64), null);
        suspect.seen("diffuseur-1", 240, 12, T0.minusSeconds(3600), T0, T0);
        suspect.block("Camille Admin", T0);
        suspect.seen("diffuseur-1", 900, 40, T0, T0.plusSeconds(3600), T0.plusSeconds(3600));
        assertThat(suspect.getClickCount()).isEqualTo(240);
        assertThat(suspect.getPrintCount()).isEqualTo(12);
        assertThat(suspect.getDetectedAt()).isEqualTo(T0);
    }

    @Test
    void aLongUserAgentIsCutToItsColumn() {
        assertThat(new BotSuspect("c".repeat(64), "x".repeat(5000)).getUserAgent()).hasSize(1000);
    }
}
