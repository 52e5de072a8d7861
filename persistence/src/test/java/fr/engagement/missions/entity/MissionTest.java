package fr.engagement.missions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.engagement.platform.entity.BusinessException;
import fr.engagement.platform.entity.IllegalTransitionException;
import fr.engagement.platform.entity.Party;
import fr.engagement.testdata.Samples;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionTest {

    @Test
    void neverTakesMorePlacesThanOffered() {
        Mission m = Samples.validatedMission(2);
        m.takePlace();
        m.takePlace();
        assertThat(m.placesLeft()).isZero();
        assertThatThrownBy(m::takePlace).isInstanceOf(MissionFullException.class)
                .hasMessageContaining("complète");
        m.releasePlace();
        assertThat(m.placesLeft()).isEqualTo(1);
    }

    @Test
    void placesCannotDropBelowThoseTaken() {
        Mission m = Samples.validatedMission(3);
        m.takePlace();
        m.takePlace();
        assertThatThrownBy(() -> m.changePlaces(1)).isInstanceOf(BusinessException.class);
        m.changePlaces(2);
        assertThat(m.getPlaces()).isEqualTo(2);
    }

    @Test
    void cannotBeValidatedBeforeItsStructure() {
        Mission m = new Mission(Samples.draftStructure(), 1L, Samples.NOW);
        m.placeAt(MissionType.REMOTE, List.of());
        m.changeStatus(MissionStatus.WAITING_VALIDATION, Party.STRUCTURE, Samples.NOW);
        assertThatThrownBy(() -> m.changeStatus(MissionStatus.VALIDATED, Party.REFERENT, Samples.NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("structure");
        assertThat(m.getStatus()).isEqualTo(MissionStatus.WAITING_VALIDATION);
    }

    @Test
    void isOnlineOnlyWhenValidatedOpenAndNotPast() {
        Mission m = Samples.validatedMission(3);
        assertThat(m.isOnline(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(m.isOnline(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(m.getAddresses()).allMatch(a -> m.isSearchable());
        m.changeStatus(MissionStatus.CANCELLED, Party.STRUCTURE, Samples.NOW);
        assertThat(m.isSearchable()).isFalse();
        assertThat(m.isOnline(LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void addressesMustShareOneDepartmentWhichBecomesTheMissions() {
        Mission m = new Mission(Samples.validatedStructure(), 1L, Samples.NOW);
        assertThatThrownBy(() -> m.placeAt(MissionType.ON_SITE, List.of(
                new MissionAddress(null, "69001", "69123", "Lyon", "69", 45.76, 4.83),
                new MissionAddress(null, "01000", "01053", "Bourg-en-Bresse", "01", 46.2, 5.22))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("même département");
        assertThatThrownBy(() -> m.placeAt(MissionType.ON_SITE, List.of()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("au moins une adresse");
        m.placeAt(MissionType.REMOTE, List.of());
        assertThat(m.getDepartment()).isEqualTo(Samples.RHONE);
        assertThat(m.getAddresses()).isEmpty();
    }

    @Test
    void aSubstantiveEditIsToldApartFromAMinorOne() {
        Mission m = Samples.validatedMission(3);
        Mission edited = Mission.blank();
        edited.setTitle(m.getTitle());
        edited.setDomain(m.getDomain());
        edited.setStartDate(m.getStartDate());
        edited.setEndDate(m.getEndDate());
        edited.setPlaces(5);
        assertThat(m.copyContentFrom(edited, m.getDescription(), m.getObjectives())).isFalse();
        edited.setTitle("Je distribue des repas chauds le soir");
        assertThat(m.copyContentFrom(edited, m.getDescription(), m.getObjectives())).isTrue();
    }
}
