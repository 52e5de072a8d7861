package fr.engagement.missions.entity;

import fr.engagement.platform.entity.BusinessException;
import fr.engagement.platform.entity.IllegalTransitionException;
import fr.engagement.platform.entity.Party;
import fr.engagement.structures.entity.Structure;
import fr.engagement.territory.entity.Department;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A mission of a structure. It guards its places (never one more than offered), its review workflow
 * ({@link MissionStatus}) and where it takes place (all addresses in one department, which becomes the mission's).
 */
@Entity
@Table(name = "mission")
public class Mission implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "structure_id")
    private Structure structure;

    @NotBlank(message = "Le titre est obligatoire.")
    @Size(min = 10, max = 255, message = "Le titre doit comporter entre 10 et 255 caractères.")
    @Column(nullable = false)
    private String title;

    @NotBlank(message = "La description est obligatoire.")
    @Size(max = 20000, message = "La description est trop longue (20 000 caractères au plus).")
    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Size(max = 5000, message = "Les objectifs sont trop longs (5 000 caractères au plus).")
    @Column(columnDefinition = "TEXT")
    private String objectives;

    @NotNull(message = "Le domaine d'action est obligatoire.")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "domain_id")
    private Domain domain;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "secondary_domain_id")
    private Domain secondaryDomain;

    @Size(min = 1, max = 3, message = "Choisissez entre une et trois activités.")
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "mission_activity", joinColumns = @JoinColumn(name = "mission_id"),
            inverseJoinColumns = @JoinColumn(name = "activity_id"))
    private Set<Activity> activities = new LinkedHashSet<>();

    @NotNull(message = "Indiquez si la mission est sur place ou à distance.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MissionType type = MissionType.ON_SITE;

    @NotNull(message = "Indiquez si la mission est ponctuelle ou récurrente.")
    @Enumerated(EnumType.STRING)
    @Column(name = "date_type", nullable = false, length = 10)
    private DateType dateType = DateType.ONE_OFF;

    @NotNull(message = "La date de début est obligatoire.")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "commitment_duration", length = 20)
    private CommitmentDuration commitmentDuration;

    @Enumerated(EnumType.STRING)
    @Column(name = "commitment_period", length = 10)
    private CommitmentPeriod commitmentPeriod;

    @Size(max = 500, message = "La description du rythme est trop longue (500 caractères au plus).")
    @Column(name = "recurrence_description", length = 500)
    private String recurrenceDescription;

    @Min(value = 1, message = "Il faut au moins une place.")
    @Max(value = 9999, message = "Le nombre de places ne peut dépasser 9 999.")
    @Column(nullable = false)
    private int places = 1;

    @Column(name = "places_taken", nullable = false)
    private int placesTaken;

    @Column(name = "open_to_minors", nullable = false)
    private boolean openToMinors;

    @Column(name = "registration_open", nullable = false)
    private boolean registrationOpen = true;

    @Size(max = 500, message = "Les prérequis sont trop longs (500 caractères au plus).")
    @Column(length = 500)
    private String prerequisites;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "department_code")
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MissionStatus status = MissionStatus.DRAFT;

    @Column(nullable = false)
    private boolean searchable;

    @Column(name = "created_by")
    private Long createdBy;

    @OneToMany(mappedBy = "mission", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<MissionAddress> addresses = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Mission() {}

    public Mission(Structure structure, Long createdBy, Instant now) {
        this.structure = Objects.requireNonNull(structure);
        this.department = structure.getDepartment();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An editable copy for a form. */
    public static Mission blank() {
        Mission m = new Mission();
        m.startDate = LocalDate.now();
        return m;
    }

    @AssertTrue(message = "La date de fin doit être postérieure ou égale à la date de début.")
    public boolean isEndAfterStart() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "Pour une mission récurrente, indiquez la durée et la fréquence de l'engagement.")
    public boolean isRecurrenceDescribed() {
        return dateType != DateType.RECURRING || (commitmentDuration != null && commitmentPeriod != null);
    }

    /**
     * Takes the content of an edited copy and tells whether it changed what referents reviewed (title, texts,
     * domain, activities, type, dates): such an edit sends a validated mission back to review.
     */
    public boolean copyContentFrom(Mission edited, String sanitisedDescription, String sanitisedObjectives) {
        boolean substantive = !Objects.equals(title, strip(edited.title))
                || !Objects.equals(description, sanitisedDescription)
                || !Objects.equals(objectives, sanitisedObjectives)
                || !Objects.equals(domain, edited.domain)
                || !Objects.equals(activities, edited.activities)
                || type != edited.type
                || !Objects.equals(startDate, edited.startDate)
                || !Objects.equals(endDate, edited.endDate);
        title = strip(edited.title);
        description = sanitisedDescription;
        objectives = sanitisedObjectives;
        domain = edited.domain;
        secondaryDomain = edited.secondaryDomain;
        activities = new LinkedHashSet<>(edited.activities);
        type = edited.type;
        dateType = edited.dateType;
        startDate = edited.startDate;
        endDate = edited.endDate;
        commitmentDuration = edited.commitmentDuration;
        commitmentPeriod = edited.dateType == DateType.RECURRING ? edited.commitmentPeriod : null;
        recurrenceDescription = edited.dateType == DateType.RECURRING ? strip(edited.recurrenceDescription) : null;
        openToMinors = edited.openToMinors;
        registrationOpen = edited.registrationOpen;
        prerequisites = strip(edited.prerequisites);
        changePlaces(edited.places);
        return substantive;
    }

    public void changePlaces(int newPlaces) {
        if (newPlaces < placesTaken) {
            throw new BusinessException("Le nombre de places ne peut être inférieur aux " + placesTaken
                    + " candidatures déjà validées.");
        }
        this.places = newPlaces;
    }

    /**
     * Where the mission takes place. On site: one or more addresses, all in one department, which becomes the
     * mission's. Remote: no address, the structure's department.
     */
    public void placeAt(MissionType type, List<MissionAddress> newAddresses) {
        this.type = type;
        addresses.clear();
        if (type == MissionType.REMOTE) {
            department = structure.getDepartment();
            return;
        }
        if (newAddresses == null || newAddresses.isEmpty()) {
            throw new BusinessException("Une mission sur place a besoin d'au moins une adresse.");
        }
        String departmentCode = newAddresses.get(0).getDepartmentCode();
        if (newAddresses.stream().anyMatch(a -> !a.getDepartmentCode().equals(departmentCode))) {
            throw new BusinessException("Toutes les adresses d'une mission doivent être dans le même département.");
        }
        for (int i = 0; i < newAddresses.size(); i++) {
            MissionAddress address = newAddresses.get(i);
            address.attachTo(this, i);
            addresses.add(address);
        }
    }

    /** Used by {@link #placeAt} callers that resolved the department of the first address. */
    public void locateIn(Department department) {
        if (type == MissionType.ON_SITE && !addresses.isEmpty()
                && !addresses.get(0).getDepartmentCode().equals(department.getCode())) {
            throw new IllegalArgumentException("department of the first address expected");
        }
        this.department = department;
    }

    public MissionStatus changeStatus(MissionStatus target, Party party, Instant now) {
        if (!status.allows(target, party)) {
            throw new IllegalTransitionException("La mission ne peut pas passer de « " + status.label() + " » à « "
                    + target.label() + " ».");
        }
        if (target == MissionStatus.VALIDATED && !structure.isValidated()) {
            throw new IllegalTransitionException(
                    "La structure doit être validée avant ses missions : validez d'abord la structure.");
        }
        MissionStatus previous = status;
        status = target;
        updatedAt = now;
        refreshSearchable();
        return previous;
    }

    /** Keeps the search flag of the mission and its addresses in step with its status and its structure's. */
    public void refreshSearchable() {
        searchable = status == MissionStatus.VALIDATED && structure.isValidated() && registrationOpen;
        addresses.forEach(a -> a.searchable(searchable));
    }

    /** Online = validated mission of a validated structure, registration open, end date not past. */
    public boolean isOnline(LocalDate today) {
        return searchable && (endDate == null || !endDate.isBefore(today));
    }

    public boolean acceptsCandidatures(LocalDate today) {
        return isOnline(today) && placesLeft() > 0;
    }

    /** Called under a lock on this mission's row, so concurrent validations never take one place too many. */
    public void takePlace() {
        if (placesTaken >= places) {
            throw new MissionFullException();
        }
        placesTaken++;
    }

    public void releasePlace() {
        if (placesTaken > 0) {
            placesTaken--;
        }
    }

    public int placesLeft() {
        return Math.max(0, places - placesTaken);
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public Structure getStructure() {
        return structure;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public Domain getDomain() {
        return domain;
    }

    public void setDomain(Domain domain) {
        this.domain = domain;
    }

    public Domain getSecondaryDomain() {
        return secondaryDomain;
    }

    public void setSecondaryDomain(Domain secondaryDomain) {
        this.secondaryDomain = secondaryDomain;
    }

    public Set<Activity> getActivities() {
        return activities;
    }

    public void setActivities(Set<Activity> activities) {
        this.activities = activities == null ? new LinkedHashSet<>() : new LinkedHashSet<>(activities);
    }

    public MissionType getType() {
        return type;
    }

    public void setType(MissionType type) {
        this.type = type;
    }

    public DateType getDateType() {
        return dateType;
    }

    public void setDateType(DateType dateType) {
        this.dateType = dateType;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public CommitmentDuration getCommitmentDuration() {
        return commitmentDuration;
    }

    public void setCommitmentDuration(CommitmentDuration commitmentDuration) {
        this.commitmentDuration = commitmentDuration;
    }

    public CommitmentPeriod getCommitmentPeriod() {
        return commitmentPeriod;
    }

    public void setCommitmentPeriod(CommitmentPeriod commitmentPeriod) {
        this.commitmentPeriod = commitmentPeriod;
    }

    public String getRecurrenceDescription() {
        return recurrenceDescription;
    }

    public void setRecurrenceDescription(String recurrenceDescription) {
        this.recurrenceDescription = recurrenceDescription;
    }

    public int getPlaces() {
        return places;
    }

    public void setPlaces(int places) {
        this.places = places;
    }

    public int getPlacesTaken() {
        return placesTaken;
    }

    public boolean isOpenToMinors() {
        return openToMinors;
    }

    public void setOpenToMinors(boolean openToMinors) {
        this.openToMinors = openToMinors;
    }

    public boolean isRegistrationOpen() {
        return registrationOpen;
    }

    public void setRegistrationOpen(boolean registrationOpen) {
        this.registrationOpen = registrationOpen;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(String prerequisites) {
        this.prerequisites = prerequisites;
    }

    public Department getDepartment() {
        return department;
    }

    public MissionStatus getStatus() {
        return status;
    }

    public boolean isSearchable() {
        return searchable;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public List<MissionAddress> getAddresses() {
        return List.copyOf(addresses);
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
