package fr.engagement.missions.entity;

import static fr.engagement.platform.entity.Party.ADMIN;
import static fr.engagement.platform.entity.Party.REFERENT;
import static fr.engagement.platform.entity.Party.STRUCTURE;
import static fr.engagement.platform.entity.Party.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.platform.entity.Party;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every status × every target × every party against the SPEC's table, written out independently here. */
class MissionStatusTest {

    private static final Set<Party> REVIEW = Set.of(REFERENT, ADMIN);
    private static final Set<Party> OWNER = Set.of(STRUCTURE, ADMIN);
    private static final Set<Party> OWNER_OR_SYSTEM = Set.of(STRUCTURE, ADMIN, SYSTEM);

    private static final Map<String, Set<Party>> EXPECTED = Map.ofEntries(
            Map.entry("DRAFT>WAITING_VALIDATION", OWNER),
            Map.entry("WAITING_VALIDATION>IN_REVIEW", REVIEW),
            Map.entry("WAITING_VALIDATION>WAITING_CORRECTION", REVIEW),
            Map.entry("WAITING_VALIDATION>VALIDATED", REVIEW),
            Map.entry("WAITING_VALIDATION>REFUSED", REVIEW),
            Map.entry("IN_REVIEW>WAITING_CORRECTION", REVIEW),
            Map.entry("IN_REVIEW>VALIDATED", REVIEW),
            Map.entry("IN_REVIEW>REFUSED", REVIEW),
            Map.entry("WAITING_CORRECTION>WAITING_VALIDATION", OWNER),
            Map.entry("VALIDATED>WAITING_VALIDATION", OWNER),
            Map.entry("VALIDATED>REPORTED", Set.of(REFERENT, ADMIN, SYSTEM)),
            Map.entry("VALIDATED>CANCELLED", OWNER_OR_SYSTEM),
            Map.entry("VALIDATED>COMPLETED", OWNER_OR_SYSTEM),
            Map.entry("DRAFT>CANCELLED", OWNER_OR_SYSTEM),
            Map.entry("WAITING_VALIDATION>CANCELLED", OWNER_OR_SYSTEM),
            Map.entry("IN_REVIEW>CANCELLED", OWNER_OR_SYSTEM),
            Map.entry("WAITING_CORRECTION>CANCELLED", OWNER_OR_SYSTEM),
            Map.entry("DRAFT>REPORTED", Set.of(SYSTEM)),
            Map.entry("WAITING_VALIDATION>REPORTED", Set.of(SYSTEM)),
            Map.entry("IN_REVIEW>REPORTED", Set.of(SYSTEM)),
            Map.entry("WAITING_CORRECTION>REPORTED", Set.of(SYSTEM)),
            Map.entry("REPORTED>IN_REVIEW", Set.of(ADMIN)),
            Map.entry("REPORTED>CANCELLED", Set.of(ADMIN)));

    @Test
    void tableMatchesTheSpecForEveryPartyStatusAndTarget() {
        int checked = 0;
        for (MissionStatus from : MissionStatus.values()) {
            for (MissionStatus to : MissionStatus.values()) {
                Set<Party> allowed = EXPECTED.getOrDefault(from + ">" + to, Set.of());
                for (Party party : Party.values()) {
                    assertThat(from.allows(to, party)).as("%s -> %s by %s", from, to, party)
                            .isEqualTo(allowed.contains(party));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(9 * 9 * 5);
    }

    @Test
    void terminalStatusesHaveNoWayOutExceptForAdminsOnReports() {
        for (Party party : Party.values()) {
            assertThat(MissionStatus.CANCELLED.targets(party)).isEmpty();
            assertThat(MissionStatus.COMPLETED.targets(party)).isEmpty();
            assertThat(MissionStatus.REFUSED.targets(party)).isEmpty();
        }
    }
}
