package fr.engagement.platform.faces;

import fr.engagement.territory.boundary.Territory;
import fr.engagement.territory.entity.Commune;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The communes of a postal code, for the commune selector next to every postal code field. */
@Named
@ApplicationScoped
public class TerritoryLookups {

    @Inject
    Territory territory;

    public List<Commune> communesOf(String postalCode) {
        if (postalCode == null || !postalCode.matches("\\d{5}")) {
            return List.of();
        }
        return territory.communesOfPostalCode(postalCode);
    }
}
