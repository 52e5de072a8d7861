package fr.engagement.structures.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.engagement.platform.entity.IllegalTransitionException;
import fr.engagement.platform.entity.Party;
import fr.engagement.testdata.Samples;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void aCompleteDraftGoesToReviewByItself() {
        Structure s = Samples.draftStructure();
        assertThat(s.submitIfComplete(Samples.NOW)).contains(StructureStatus.DRAFT);
        assertThat(s.getStatus()).isEqualTo(StructureStatus.WAITING_VALIDATION);
        assertThat(s.submitIfComplete(Samples.NOW)).isEmpty();
    }

    @Test
    void anIncompleteDraftStaysADraft() {
        Structure s = Samples.draftStructure();
        Structure edited = Structure.blank();
        edited.setName(s.getName());
        edited.setLegalStatus(LegalStatus.ASSOCIATION);
        edited.setRna("W691234567");
        edited.setDomains(Set.of());
        s.copyProfileFrom(edited);
        assertThat(s.isProfileComplete()).isFalse();
        assertThat(s.submitIfComplete(Samples.NOW)).isEmpty();
        assertThat(s.getStatus()).isEqualTo(StructureStatus.DRAFT);
    }

    @Test
    void anAssociationNeedsItsRnaAndAPrivateOrganisationItsSiret() {
        Structure s = Structure.blank();
        s.setLegalStatus(LegalStatus.ASSOCIATION);
        assertThat(s.isRnaGivenForAssociation()).isFalse();
        s.setRna(" w751234567 ");
        assertThat(s.getRna()).isEqualTo("W751234567");
        assertThat(s.isRnaGivenForAssociation()).isTrue();
        s.setLegalStatus(LegalStatus.ORGANISATION_PRIVEE);
        assertThat(s.isSiretGivenForPrivateOrganisation()).isFalse();
        s.setSiret("123 456 789 00012");
        assertThat(s.getSiret()).isEqualTo("12345678900012");
        assertThat(s.isSiretGivenForPrivateOrganisation()).isTrue();
    }

    @Test
    void aReferentCannotValidateADraftNorLiftAReport() {
        Structure s = Samples.draftStructure();
        assertThatThrownBy(() -> s.changeStatus(StructureStatus.VALIDATED, Party.REFERENT, Samples.NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Brouillon").hasMessageContaining("Validée");
        s.submitIfComplete(Samples.NOW);
        s.changeStatus(StructureStatus.REPORTED, Party.REFERENT, Samples.NOW);
        assertThatThrownBy(() -> s.changeStatus(StructureStatus.IN_REVIEW, Party.REFERENT, Samples.NOW))
                .isInstanceOf(IllegalTransitionException.class);
        s.changeStatus(StructureStatus.IN_REVIEW, Party.ADMIN, Samples.NOW);
        assertThat(s.getStatus()).isEqualTo(StructureStatus.IN_REVIEW);
    }
}
