package fr.engagement.candidatures.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionFullException;
import fr.engagement.platform.entity.BusinessException;
import fr.engagement.platform.entity.IllegalTransitionException;
import fr.engagement.platform.entity.Party;
import fr.engagement.testdata.Samples;
import org.junit.jupiter.api.Test;

class CandidatureTest {

    @Test
    void validationTakesAPlaceAndLeavingGivesItBack() {
        Mission m = Samples.validatedMission(1);
        Candidature first = new Candidature(m, Samples.volunteer(1), Program.BENEVOLAT, "Bonjour", Samples.NOW);
        Candidature second = new Candidature(m, Samples.volunteer(2), Program.BENEVOLAT, null, Samples.NOW);
        first.changeStatus(CandidatureStatus.VALIDATED, Party.STRUCTURE, Samples.NOW);
        assertThat(m.placesLeft()).isZero();
        assertThatThrownBy(() -> second.changeStatus(CandidatureStatus.VALIDATED, Party.STRUCTURE, Samples.NOW))
                .isInstanceOf(MissionFullException.class);
        assertThat(second.getStatus()).isEqualTo(CandidatureStatus.WAITING_VALIDATION);
        first.changeStatus(CandidatureStatus.ABANDONED, Party.CANDIDATE, Samples.NOW);
        assertThat(m.placesLeft()).isEqualTo(1);
        second.changeStatus(CandidatureStatus.VALIDATED, Party.STRUCTURE, Samples.NOW);
        second.changeStatus(CandidatureStatus.DONE, Party.CANDIDATE, Samples.NOW);
        assertThat(m.placesLeft()).isZero();
    }

    @Test
    void referentsOnlyReadBenevolatCandidaturesButActOnSnuOnes() {
        Mission m = Samples.validatedMission(3);
        Candidature benevolat = new Candidature(m, Samples.volunteer(1), Program.BENEVOLAT, null, Samples.NOW);
        assertThatThrownBy(() -> benevolat.changeStatus(CandidatureStatus.VALIDATED, Party.REFERENT, Samples.NOW))
                .isInstanceOf(IllegalTransitionException.class);
        Candidature snu = new Candidature(m, Samples.volunteer(2), Program.SNU, null, Samples.NOW);
        snu.changeStatus(CandidatureStatus.VALIDATED, Party.REFERENT, Samples.NOW);
        assertThat(snu.getStatus()).isEqualTo(CandidatureStatus.VALIDATED);
    }

    @Test
    void refusalAndCancellationNeedAReason() {
        Mission m = Samples.validatedMission(3);
        Candidature c = new Candidature(m, Samples.volunteer(1), Program.BENEVOLAT, null, Samples.NOW);
        assertThatThrownBy(() -> c.refuse(null, null, Party.STRUCTURE, Samples.NOW))
                .isInstanceOf(BusinessException.class).hasMessageContaining("raison");
        assertThatThrownBy(() -> c.cancel(CancelReason.MISSION_CLOSED, null, Party.CANDIDATE, Samples.NOW))
                .isInstanceOf(BusinessException.class).hasMessageContaining("réservée");
        c.cancel(CancelReason.NOT_AVAILABLE, "Déménagement", Party.CANDIDATE, Samples.NOW);
        assertThat(c.getStatus()).isEqualTo(CandidatureStatus.CANCELLED);
        assertThat(c.getReasonComment()).isEqualTo("Déménagement");
    }

    @Test
    void aCandidateCannotValidateTheirOwnCandidature() {
        Mission m = Samples.validatedMission(3);
        Candidature c = new Candidature(m, Samples.volunteer(1), Program.BENEVOLAT, null, Samples.NOW);
        assertThatThrownBy(() -> c.changeStatus(CandidatureStatus.VALIDATED, Party.CANDIDATE, Samples.NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(m.placesLeft()).isEqualTo(3);
    }
}
