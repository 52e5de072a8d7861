package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffusionLinksTest {

    @Test
    void criteriaReadAsFrench() {
        assertThat(DiffusionLinks.describe("publisherOrganization.clientId", "is_not", "ORG-9"))
                .isEqualTo("l'identifiant (clientId) de l'organisation n'est pas « ORG-9 »");
        assertThat(DiffusionLinks.describe("type", "is", "benevolat")).isEqualTo("le type de mission est « benevolat »");
        assertThat(DiffusionLinks.describe("publisherOrganization.parentOrganizations", "does_not_exist", ""))
                .as("no value to quote").isEqualTo("le champ « organisations parentes » n'est pas renseigné");
    }
}
