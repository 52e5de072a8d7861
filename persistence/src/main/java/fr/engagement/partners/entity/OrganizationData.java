package fr.engagement.partners.entity;

import java.util.List;

/** What a partner declares about an organisation; lists are never null. */
public record OrganizationData(String name, String rna, String siren, String siret, String url, String logo,
        String description, String legalStatus, String type, List<String> actions, String fullAddress,
        String postalCode, String city, List<String> beneficiaries, List<String> parentOrganizations) {

    public OrganizationData {
        actions = actions == null ? List.of() : List.copyOf(actions);
        beneficiaries = beneficiaries == null ? List.of() : List.copyOf(beneficiaries);
        parentOrganizations = parentOrganizations == null ? List.of() : List.copyOf(parentOrganizations);
    }
}
