package fr.engagement.missions.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An address as typed in a form: street (optional), postal code and the commune chosen among the code's. */
public record AddressInput(
        @Size(max = 255, message = "L'adresse est trop longue.") String street,
        @NotBlank(message = "Le code postal est obligatoire.")
        @Pattern(regexp = "\\d{5}", message = "Le code postal doit comporter 5 chiffres.") String postalCode,
        String communeInsee) {}
