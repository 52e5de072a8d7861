package fr.engagement.accounts.faces;

import fr.engagement.accounts.boundary.Accounts;
import fr.engagement.accounts.boundary.ResponsableRegistration;
import fr.engagement.accounts.boundary.VolunteerRegistration;
import fr.engagement.platform.faces.Pages;
import fr.engagement.structures.entity.LegalStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The two registration forms: a volunteer, or a responsable with a new structure. */
@Named
@ViewScoped
public class RegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Valid
    private final VolunteerRegistration volunteer = new VolunteerRegistration();

    @Valid
    private final ResponsableRegistration responsable = new ResponsableRegistration();

    public String registerVolunteer() {
        accounts.registerVolunteer(volunteer);
        return Pages.redirect("/connexion.xhtml", "Votre compte bénévole est créé : connectez-vous.");
    }

    public String registerResponsable() {
        accounts.registerResponsable(responsable);
        return Pages.redirect("/connexion.xhtml",
                "Votre compte et votre structure sont créés : connectez-vous pour compléter le profil de la structure.");
    }

    public List<LegalStatus> getLegalStatuses() {
        return List.of(LegalStatus.values());
    }

    public VolunteerRegistration getVolunteer() {
        return volunteer;
    }

    public ResponsableRegistration getResponsable() {
        return responsable;
    }
}
