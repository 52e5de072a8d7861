package fr.engagement.accounts.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's account: identity, password hash, roles with their scopes, and the login throttle that protects it
 * from password guessing.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_EMAIL = "Account.byEmail";
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "L'adresse électronique est obligatoire.")
    @Email(message = "L'adresse électronique n'est pas valide.")
    @Size(max = 190, message = "L'adresse électronique est trop longue.")
    @Column(nullable = false, length = 190, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @NotBlank(message = "Le prénom est obligatoire.")
    @Size(max = 100, message = "Le prénom est trop long.")
    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @NotBlank(message = "Le nom est obligatoire.")
    @Size(max = 100, message = "Le nom est trop long.")
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Pattern(regexp = "\\d{5}", message = "Le code postal doit comporter 5 chiffres.")
    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Column(name = "commune_insee", length = 5)
    private String communeInsee;

    @Pattern(regexp = "[0-9 +().-]{10,20}", message = "Le numéro de téléphone n'est pas valide.")
    @Column(length = 20)
    private String phone;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<AccountRole> roles = new ArrayList<>();

    protected Account() {}

    public Account(String email, String passwordHash, String firstName, String lastName, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.passwordHash = passwordHash;
        this.firstName = firstName == null ? null : firstName.strip();
        this.lastName = lastName == null ? null : lastName.strip();
        this.createdAt = createdAt;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void addRole(AccountRole role) {
        role.attachTo(this);
        roles.add(role);
    }

    public boolean hasRole(Role role) {
        return roles.stream().anyMatch(r -> r.getRole() == role);
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(r.getRole()));
        return set;
    }

    public void livesAt(String postalCode, String communeInsee) {
        this.postalCode = postalCode;
        this.communeInsee = communeInsee;
    }

    public void bornOn(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public void changePhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public int age(LocalDate today) {
        return birthDate == null ? -1 : Period.between(birthDate, today).getYears();
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; the fifth in a row locks the account for a quarter of an hour. */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<AccountRole> getRoles() {
        return List.copyOf(roles);
    }
}
