package fr.engagement.structures.entity;

import fr.engagement.missions.entity.Domain;
import fr.engagement.platform.entity.IllegalTransitionException;
import fr.engagement.platform.entity.Party;
import fr.engagement.territory.entity.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation that posts missions. It owns its review workflow: a complete profile moves a draft to review by
 * itself, and every other move goes through {@link StructureStatus}'s table.
 */
@Entity
@Table(name = "structure")
public class Structure implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Le nom de la structure est obligatoire.")
    @Size(min = 3, max = 255, message = "Le nom doit comporter entre 3 et 255 caractères.")
    @Column(nullable = false)
    private String name;

    @NotNull(message = "Le statut juridique est obligatoire.")
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", nullable = false, length = 30)
    private LegalStatus legalStatus;

    @Size(max = 120)
    @Column(name = "sub_type", length = 120)
    private String subType;

    @Pattern(regexp = "W\\d{9}", message = "Le numéro RNA commence par W suivi de 9 chiffres (ex. W751234567).")
    @Column(length = 10)
    private String rna;

    @Pattern(regexp = "\\d{14}", message = "Le numéro SIRET comporte 14 chiffres.")
    @Column(length = 14)
    private String siret;

    @Size(max = 10000, message = "La description est trop longue (10 000 caractères au plus).")
    @Column(columnDefinition = "TEXT")
    private String description;

    @Size(max = 255, message = "L'adresse est trop longue.")
    private String street;

    @Pattern(regexp = "\\d{5}", message = "Le code postal doit comporter 5 chiffres.")
    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Column(name = "commune_insee", length = 5)
    private String communeInsee;

    @Column(length = 120)
    private String city;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "department_code")
    private Department department;

    private Double latitude;
    private Double longitude;

    @Pattern(regexp = "[0-9 +().-]{10,20}", message = "Le numéro de téléphone n'est pas valide.")
    @Column(length = 20)
    private String phone;

    @Email(message = "L'adresse électronique n'est pas valide.")
    @Size(max = 190)
    @Column(length = 190)
    private String email;

    @Pattern(regexp = "https?://\\S{3,250}", message = "Le site web doit commencer par http:// ou https://.")
    private String website;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StructureStatus status = StructureStatus.DRAFT;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "structure_domain", joinColumns = @JoinColumn(name = "structure_id"),
            inverseJoinColumns = @JoinColumn(name = "domain_id"))
    private Set<Domain> domains = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Structure() {}

    public Structure(String name, LegalStatus legalStatus, Instant now) {
        this.name = name == null ? null : name.strip();
        this.legalStatus = legalStatus;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An editable copy for a form; {@link #copyProfileFrom} takes back only the profile fields. */
    public static Structure blank() {
        return new Structure();
    }

    @AssertTrue(message = "Le numéro RNA est obligatoire pour une association.")
    public boolean isRnaGivenForAssociation() {
        return legalStatus != LegalStatus.ASSOCIATION || (rna != null && !rna.isBlank());
    }

    @AssertTrue(message = "Le numéro SIRET est obligatoire pour une organisation privée.")
    public boolean isSiretGivenForPrivateOrganisation() {
        return legalStatus != LegalStatus.ORGANISATION_PRIVEE || (siret != null && !siret.isBlank());
    }

    /** What the reference asks before a structure can be reviewed. */
    public boolean isProfileComplete() {
        return notBlank(name) && legalStatus != null && notBlank(postalCode) && notBlank(city) && department != null
                && !domains.isEmpty() && (!legalStatus.needsDescription() || notBlank(description))
                && isRnaGivenForAssociation() && isSiretGivenForPrivateOrganisation();
    }

    /** Takes the profile fields of an edited copy; status, network and history stay as they are. */
    public void copyProfileFrom(Structure edited) {
        this.name = edited.name == null ? null : edited.name.strip();
        this.legalStatus = edited.legalStatus;
        this.subType = blankToNull(edited.subType);
        this.rna = blankToNull(edited.rna);
        this.siret = blankToNull(edited.siret);
        this.description = edited.description;
        this.street = blankToNull(edited.street);
        this.phone = blankToNull(edited.phone);
        this.email = blankToNull(edited.email);
        this.website = blankToNull(edited.website);
        this.domains = new LinkedHashSet<>(edited.domains);
    }

    /** Places the structure at a commune resolved by the territory tables (never from the postal code's prefix). */
    public void locateAt(String postalCode, String communeInsee, String city, Department department,
            Double latitude, Double longitude) {
        this.postalCode = postalCode;
        this.communeInsee = communeInsee;
        this.city = city;
        this.department = department;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** The automatic move of a complete draft to review; empty when nothing changes. */
    public Optional<StructureStatus> submitIfComplete(Instant now) {
        if (status == StructureStatus.DRAFT && isProfileComplete()) {
            return Optional.of(changeStatus(StructureStatus.WAITING_VALIDATION, Party.SYSTEM, now));
        }
        return Optional.empty();
    }

    /** Moves the structure if the table allows it for this party, and returns the previous status. */
    public StructureStatus changeStatus(StructureStatus target, Party party, Instant now) {
        if (!status.allows(target, party)) {
            throw new IllegalTransitionException("La structure ne peut pas passer de « " + status.label()
                    + " » à « " + target.label() + " ».");
        }
        StructureStatus previous = status;
        status = target;
        updatedAt = now;
        return previous;
    }

    public boolean isValidated() {
        return status == StructureStatus.VALIDATED;
    }

    public void joinNetwork(Network network) {
        this.network = network;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public String getSubType() {
        return subType;
    }

    public void setSubType(String subType) {
        this.subType = subType;
    }

    public String getRna() {
        return rna;
    }

    public void setRna(String rna) {
        this.rna = rna == null ? null : rna.strip().toUpperCase();
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret == null ? null : siret.replace(" ", "");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
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

    public String getCity() {
        return city;
    }

    public Department getDepartment() {
        return department;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Network getNetwork() {
        return network;
    }

    public StructureStatus getStatus() {
        return status;
    }

    public Set<Domain> getDomains() {
        return domains;
    }

    public void setDomains(Set<Domain> domains) {
        this.domains = domains == null ? new LinkedHashSet<>() : new LinkedHashSet<>(domains);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
