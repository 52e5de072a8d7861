package fr.engagement.platform.faces;

import fr.engagement.territory.boundary.Territory;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;

/** A postal code field accepts only codes of the territory tables (the boundaries check again). */
@FacesValidator(value = "postalCode", managed = true)
public class PostalCodeValidator implements Validator<String> {

    @Inject
    Territory territory;

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!value.matches("\\d{5}")) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Le code postal doit comporter 5 chiffres.", null));
        }
        if (territory.communesOfPostalCode(value).isEmpty()) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Code postal inconnu : « " + value + " ».", null));
        }
    }
}
