package fr.engagement.accounts.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a volunteer types to register; a form object bound by the registration page. */
public class VolunteerRegistration {

    @NotBlank(message = "L'adresse électronique est obligatoire.")
    @Email(message = "L'adresse électronique n'est pas valide.")
    @Size(max = 190, message = "L'adresse électronique est trop longue.")
    private String email;

    @NotBlank(message = "Le mot de passe est obligatoire.")
    @Size(min = 12, max = 128, message = "Le mot de passe doit comporter au moins 12 caractères.")
    @Pattern(regexp = "(?=.*[A-Za-zÀ-ÿ])(?=.*\\d).*", message = "Le mot de passe doit contenir au moins une lettre et un chiffre.")
    private String password;

    @NotBlank(message = "Le prénom est obligatoire.")
    @Size(max = 100, message = "Le prénom est trop long.")
    @Pattern(regexp = "[\\p{L}'’ -]+", message = "Le prénom ne peut contenir que des lettres, espaces, apostrophes et tirets.")
    private String firstName;

    @NotBlank(message = "Le nom est obligatoire.")
    @Size(max = 100, message = "Le nom est trop long.")
    @Pattern(regexp = "[\\p{L}'’ -]+", message = "Le nom ne peut contenir que des lettres, espaces, apostrophes et tirets.")
    private String lastName;

    @NotNull(message = "La date de naissance est obligatoire.")
    @Past(message = "La date de naissance doit être dans le passé.")
    private LocalDate birthDate;

    @NotBlank(message = "Le code postal est obligatoire.")
    @Pattern(regexp = "\\d{5}", message = "Le code postal doit comporter 5 chiffres.")
    private String postalCode;

    private String communeInsee;

    @AssertTrue(message = "Vous devez accepter la charte de la Réserve civique.")
    private boolean charterAccepted;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    public void setCommuneInsee(String communeInsee) {
        this.communeInsee = communeInsee;
    }

    public boolean isCharterAccepted() {
        return charterAccepted;
    }

    public void setCharterAccepted(boolean charterAccepted) {
        this.charterAccepted = charterAccepted;
    }
}
