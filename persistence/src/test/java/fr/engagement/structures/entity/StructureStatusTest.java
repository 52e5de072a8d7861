package fr.engagement.structures.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.platform.entity.Party;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every status × every target × every party against the SPEC's table, written out independently here. */
class StructureStatusTest {

    private static final Map<String, Set<Party>> EXPECTED = Map.ofEntries(
            Map.entry("DRAFT>WAITING_VALIDATION", Set.of(Party.SYSTEM, Party.ADMIN)),
            Map.entry("WAITING_VALIDATION>IN_REVIEW", Set.of(Party.REFERENT, Party.ADMIN)),
            Map.entry("WAITING_VALIDATION>VALIDATED", Set.of(Party.REFERENT, Party.ADMIN)),
            Map.entry("WAITING_VALIDATION>REPORTED", Set.of(Party.REFERENT, Party.ADMIN)),
            Map.entry("IN_REVIEW>VALIDATED", Set.of(Party.REFERENT, Party.ADMIN)),
            Map.entry("IN_REVIEW>REPORTED", Set.of(Party.REFERENT, Party.ADMIN)),
            Map.entry("VALIDATED>IN_REVIEW", Set.of(Party.REFERENT, Party.ADMIN)),
            Map.entry("VALIDATED>REPORTED", Set.of(Party.REFERENT, Party.ADMIN)),
            Map.entry("REPORTED>IN_REVIEW", Set.of(Party.ADMIN)),
            Map.entry("DRAFT>UNSUBSCRIBED", Set.of(Party.STRUCTURE, Party.ADMIN)),
            Map.entry("WAITING_VALIDATION>UNSUBSCRIBED", Set.of(Party.STRUCTURE, Party.ADMIN)),
            Map.entry("IN_REVIEW>UNSUBSCRIBED", Set.of(Party.STRUCTURE, Party.ADMIN)),
            Map.entry("VALIDATED>UNSUBSCRIBED", Set.of(Party.STRUCTURE, Party.ADMIN)));

    @Test
    void tableMatchesTheSpecForEveryPartyStatusAndTarget() {
        int checked = 0;
        for (StructureStatus from : StructureStatus.values()) {
            for (StructureStatus to : StructureStatus.values()) {
                Set<Party> allowed = EXPECTED.getOrDefault(from + ">" + to, Set.of());
                for (Party party : Party.values()) {
                    assertThat(from.allows(to, party)).as("%s -> %s by %s", from, to, party)
                            .isEqualTo(allowed.contains(party));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(6 * 6 * 5);
    }

    @Test
    void nobodyMayActWithoutAParty() {
        for (StructureStatus from : StructureStatus.values()) {
            for (StructureStatus to : StructureStatus.values()) {
                assertThat(from.allows(to, null)).isFalse();
            }
        }
    }

    @Test
    void onlyAnAdminLiftsAReport() {
        assertThat(StructureStatus.REPORTED.targets(Party.REFERENT)).isEmpty();
        assertThat(StructureStatus.REPORTED.targets(Party.ADMIN)).containsExactly(StructureStatus.IN_REVIEW);
    }
}
