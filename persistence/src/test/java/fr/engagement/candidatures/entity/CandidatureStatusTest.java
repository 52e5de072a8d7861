package fr.engagement.candidatures.entity;

import static fr.engagement.platform.entity.Party.ADMIN;
import static fr.engagement.platform.entity.Party.CANDIDATE;
import static fr.engagement.platform.entity.Party.STRUCTURE;
import static fr.engagement.platform.entity.Party.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.platform.entity.Party;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every status × every target × every party against the SPEC's table, written out independently here. Referents
 * may take any edge of the graph (on SNU candidatures: {@link CandidatureTest} checks the bénévolat restriction).
 */
class CandidatureStatusTest {

    private static final Map<String, Set<Party>> EXPECTED = Map.ofEntries(
            Map.entry("PROPOSED>WAITING_VALIDATION", Set.of(CANDIDATE, ADMIN)),
            Map.entry("PROPOSED>CANCELLED", Set.of(CANDIDATE, ADMIN, SYSTEM)),
            Map.entry("WAITING_VALIDATION>IN_REVIEW", Set.of(STRUCTURE, ADMIN, SYSTEM)),
            Map.entry("WAITING_VALIDATION>VALIDATED", Set.of(STRUCTURE, ADMIN)),
            Map.entry("WAITING_VALIDATION>REFUSED", Set.of(STRUCTURE, ADMIN, SYSTEM)),
            Map.entry("WAITING_VALIDATION>CANCELLED", Set.of(CANDIDATE, ADMIN, SYSTEM)),
            Map.entry("IN_REVIEW>VALIDATED", Set.of(STRUCTURE, ADMIN)),
            Map.entry("IN_REVIEW>REFUSED", Set.of(STRUCTURE, ADMIN, SYSTEM)),
            Map.entry("IN_REVIEW>CANCELLED", Set.of(CANDIDATE, ADMIN, SYSTEM)),
            Map.entry("VALIDATED>IN_PROGRESS", Set.of(STRUCTURE, ADMIN)),
            Map.entry("VALIDATED>DONE", Set.of(CANDIDATE, STRUCTURE, ADMIN)),
            Map.entry("VALIDATED>ABANDONED", Set.of(CANDIDATE, STRUCTURE, ADMIN)),
            Map.entry("VALIDATED>CANCELLED", Set.of(ADMIN, SYSTEM)),
            Map.entry("IN_PROGRESS>DONE", Set.of(CANDIDATE, STRUCTURE, ADMIN)),
            Map.entry("IN_PROGRESS>ABANDONED", Set.of(CANDIDATE, STRUCTURE, ADMIN)));

    @Test
    void tableMatchesTheSpecForEveryPartyStatusAndTarget() {
        int checked = 0;
        for (CandidatureStatus from : CandidatureStatus.values()) {
            for (CandidatureStatus to : CandidatureStatus.values()) {
                Set<Party> allowed = EXPECTED.getOrDefault(from + ">" + to, Set.of());
                for (Party party : Party.values()) {
                    boolean expected = party == Party.REFERENT ? !allowed.isEmpty() : allowed.contains(party);
                    assertThat(from.allows(to, party)).as("%s -> %s by %s", from, to, party).isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(9 * 9 * 5);
    }

    @Test
    void placesAreTakenByValidatedInProgressAndDoneOnly() {
        for (CandidatureStatus s : CandidatureStatus.values()) {
            assertThat(s.takesPlace()).as(s.name())
                    .isEqualTo(Set.of(CandidatureStatus.VALIDATED, CandidatureStatus.IN_PROGRESS,
                            CandidatureStatus.DONE).contains(s));
        }
    }
}
