package fr.engagement.accounts.boundary;

import fr.engagement.accounts.control.Actors;
import fr.engagement.accounts.control.Passwords;
import fr.engagement.accounts.entity.Account;
import fr.engagement.accounts.entity.AccountRole;
import fr.engagement.accounts.entity.Role;
import fr.engagement.audit.control.StatusChanged;
import fr.engagement.audit.entity.SubjectType;
import fr.engagement.accounts.control.Actor;
import fr.engagement.platform.entity.BusinessException;
import fr.engagement.structures.entity.LegalStatus;
import fr.engagement.structures.entity.Structure;
import fr.engagement.territory.boundary.Territory;
import fr.engagement.territory.entity.Commune;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;

/** Registration of volunteers and of responsables with their new structure; the caller's own account. */
@Stateless
public class Accounts {

    public static final int MINIMUM_VOLUNTEER_AGE = 16;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Territory territory;

    @Inject
    Actors actors;

    @Inject
    Event<StatusChanged> statusChanged;

    @Inject
    Clock clock;

    public Account registerVolunteer(@Valid VolunteerRegistration form) {
        if (form.getBirthDate() == null || java.time.Period.between(form.getBirthDate(), LocalDate.now(clock))
                .getYears() < MINIMUM_VOLUNTEER_AGE) {
            throw new BusinessException("Il faut avoir au moins 16 ans pour s'inscrire comme bénévole.");
        }
        Account account = newAccount(form);
        account.addRole(AccountRole.of(Role.BENEVOLE));
        em.persist(account);
        return account;
    }

    /** Creates the account, its structure as a draft, and makes the person its responsable. */
    public Account registerResponsable(@Valid ResponsableRegistration form) {
        if (form.getLegalStatus() == LegalStatus.ASSOCIATION && blank(form.getRna())) {
            throw new BusinessException("Le numéro RNA est obligatoire pour une association.");
        }
        if (form.getLegalStatus() == LegalStatus.ORGANISATION_PRIVEE && blank(form.getSiret())) {
            throw new BusinessException("Le numéro SIRET est obligatoire pour une organisation privée.");
        }
        Commune commune = resolve(form.getStructurePostalCode(), form.getStructureCommuneInsee());
        Account account = newAccount(form);
        Structure structure = new Structure(form.getStructureName(), form.getLegalStatus(), clock.instant());
        structure.setRna(blank(form.getRna()) ? null : form.getRna());
        structure.setSiret(blank(form.getSiret()) ? null : form.getSiret());
        structure.setStreet(form.getStreet());
        structure.setEmail(account.getEmail());
        structure.locateAt(form.getStructurePostalCode(), commune.getInseeCode(), commune.getName(),
                commune.getDepartment(), commune.getLatitude(), commune.getLongitude());
        em.persist(structure);
        em.flush();
        account.addRole(AccountRole.responsableOf(structure.getId()));
        em.persist(account);
        em.flush();
        statusChanged.fire(new StatusChanged(SubjectType.STRUCTURE, structure.getId(), structure, null,
                structure.getStatus(), Actor.of(account), "Structure créée à l'inscription."));
        return account;
    }

    public Account me() {
        return actors.requireAccount();
    }

    private Account newAccount(VolunteerRegistration form) {
        String email = Account.normaliseEmail(form.getEmail());
        boolean taken = !em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getResultList().isEmpty();
        if (taken) {
            throw new BusinessException("Un compte existe déjà avec cette adresse électronique.");
        }
        Commune commune = resolve(form.getPostalCode(), form.getCommuneInsee());
        Account account = new Account(email, passwords.hash(form.getPassword()), form.getFirstName(),
                form.getLastName(), clock.instant());
        account.bornOn(form.getBirthDate());
        account.livesAt(form.getPostalCode(), commune.getInseeCode());
        return account;
    }

    private Commune resolve(String postalCode, String communeInsee) {
        return territory.resolve(postalCode, communeInsee).orElseThrow(() -> new BusinessException(
                "Code postal inconnu : « " + postalCode + " ». Vérifiez-le, ou choisissez la commune dans la liste."));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
