package fr.engagement.it.support;

import fr.engagement.accounts.boundary.Accounts;
import fr.engagement.accounts.boundary.ResponsableRegistration;
import fr.engagement.accounts.boundary.VolunteerRegistration;
import fr.engagement.candidatures.boundary.Candidatures;
import fr.engagement.missions.boundary.AddressInput;
import fr.engagement.missions.boundary.MissionSearch;
import fr.engagement.missions.boundary.Missions;
import fr.engagement.missions.boundary.Taxonomy;
import fr.engagement.missions.entity.Activity;
import fr.engagement.missions.entity.DateType;
import fr.engagement.missions.entity.Domain;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.notifications.boundary.OutboxSender;
import fr.engagement.notifications.boundary.SentMails;
import fr.engagement.structures.boundary.Structures;
import fr.engagement.structures.entity.LegalStatus;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import fr.engagement.territory.boundary.Territory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Builds the situations tests start from, through the real boundaries acting as the right people, so that a test's
 * data went through the same rules as a user's. Only referents (no boundary appoints them yet) and the many volunteers
 * of a race come from {@link Fixtures}. Injected into the test instance by Arquillian's CDI enricher, which runs in
 * the container only: a field initialiser would also run on the client side, where there is no CDI.
 */
@Dependent
public class World {

    public static final String LYON_1ER = "69001";
    public static final String LYON = "69123";
    public static final String BOURG_POSTAL_CODE = "01000";
    public static final String BOURG_EN_BRESSE = "01053";
    public static final String PASSWORD = "Engagement2024!";

    @Inject
    public Accounts accounts;

    @Inject
    public Structures structures;

    @Inject
    public Missions missions;

    @Inject
    public MissionSearch search;

    @Inject
    public Candidatures candidatures;

    @Inject
    public Territory territory;

    @Inject
    public Taxonomy taxonomy;

    @Inject
    public OutboxSender outbox;

    @Inject
    public Fixtures fixtures;

    @Inject
    public SentMails sentMails;

    public static ResponsableRegistration responsableForm(String email, String structureName, String postalCode,
            String communeInsee) {
        ResponsableRegistration form = new ResponsableRegistration();
        fillPerson(form, email, "Camille", "Responsable", postalCode, communeInsee);
        form.setStructureName(structureName);
        form.setLegalStatus(LegalStatus.ASSOCIATION);
        form.setRna("W691234567");
        form.setStreet("3 rue de la République");
        form.setStructurePostalCode(postalCode);
        form.setStructureCommuneInsee(communeInsee);
        return form;
    }

    public static VolunteerRegistration volunteerForm(String email, String firstName, String postalCode,
            String communeInsee) {
        VolunteerRegistration form = new VolunteerRegistration();
        fillPerson(form, email, firstName, "Bénévole", postalCode, communeInsee);
        return form;
    }

    private static void fillPerson(VolunteerRegistration form, String email, String firstName, String lastName,
            String postalCode, String communeInsee) {
        form.setEmail(email);
        form.setPassword(PASSWORD);
        form.setFirstName(firstName);
        form.setLastName(lastName);
        form.setBirthDate(LocalDate.of(1988, 3, 14));
        form.setPostalCode(postalCode);
        form.setCommuneInsee(communeInsee);
        form.setCharterAccepted(true);
    }

    /** Registers a responsable with a new (draft) structure; returns the responsable's email. */
    public String registerResponsable(String structureName, String postalCode, String communeInsee) {
        String email = Fixtures.uniqueEmail("responsable");
        accounts.registerResponsable(responsableForm(email, structureName, postalCode, communeInsee));
        return email;
    }

    /** Registers a volunteer of Lyon through the real registration; returns the email. */
    public String registerVolunteer(String firstName) {
        String email = Fixtures.uniqueEmail("benevole");
        accounts.registerVolunteer(volunteerForm(email, firstName, LYON_1ER, LYON));
        return email;
    }

    /** The one structure of a responsable who registered with it. */
    public Structure structureOf(String responsable) {
        List<Structure> mine = As.user(responsable, structures::mine);
        if (mine.size() != 1) {
            throw new IllegalStateException(responsable + " has " + mine.size() + " structures");
        }
        return mine.get(0);
    }

    /** What a responsable types on the profile page to complete it. */
    public Structure completeProfile(String name) {
        Structure edited = Structure.blank();
        edited.setName(name);
        edited.setLegalStatus(LegalStatus.ASSOCIATION);
        edited.setRna("W691234567");
        edited.setDescription("<p>Association d'entraide du quartier.</p>");
        edited.setStreet("3 rue de la République");
        edited.setDomains(Set.of(domain()));
        return edited;
    }

    /** A structure of Lyon, registered, completed and validated by the given referent of the Rhône. */
    public Structure validatedStructureOfLyon(String responsable, String name, String referentOfRhone) {
        Structure s = structureOf(responsable);
        As.run(responsable, () -> structures.updateProfile(s.getId(), completeProfile(name), LYON_1ER, LYON));
        As.run(referentOfRhone, () -> structures.changeStatus(s.getId(), StructureStatus.VALIDATED, null));
        return s;
    }

    public Domain domain() {
        return taxonomy.domain(1).orElseThrow();
    }

    public Activity activity() {
        return taxonomy.activitiesOfDomain(domain().getId()).get(0);
    }

    /** What a responsable types on the mission form. */
    public Mission missionForm(String title, String description, int places) {
        Mission edited = Mission.blank();
        edited.setTitle(title);
        edited.setDescription(description);
        edited.setDomain(domain());
        edited.setActivities(Set.of(activity()));
        edited.setType(MissionType.ON_SITE);
        edited.setDateType(DateType.ONE_OFF);
        edited.setStartDate(LocalDate.now().plusDays(7));
        edited.setEndDate(LocalDate.now().plusDays(90));
        edited.setPlaces(places);
        return edited;
    }

    public static List<AddressInput> lyon() {
        return List.of(new AddressInput("10 place Bellecour", LYON_1ER, LYON));
    }

    /** A mission of a validated structure, created, submitted and validated: online. */
    public Mission onlineMission(String responsable, long structureId, String referent, String title, int places) {
        Mission m = As.user(responsable, () -> missions.create(structureId,
                missionForm(title, "<p>Aider des collégiens à faire leurs devoirs.</p>", places), lyon()));
        As.run(responsable, () -> missions.submit(m.getId()));
        return As.user(referent, () -> missions.changeStatus(m.getId(), MissionStatus.VALIDATED, null));
    }
}
