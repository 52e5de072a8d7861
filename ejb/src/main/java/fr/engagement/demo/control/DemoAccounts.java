package fr.engagement.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo accounts people log in with, one per role (and one holding two roles), with what to try under each.
 * The loader creates exactly these; the demo page lists them, and only in demo mode: the passwords are public.
 * {@code docs/demo-accounts.md} says the same for readers of the repository.
 */
@ApplicationScoped
@Named("demoAccounts")
public class DemoAccounts {

    /** Where the showcase accounts' mail goes: a domain of ours, never a real person's. */
    public static final String DOMAIN = "@demo.engagement-civique.fr";

    /** Shared by the supporting cast (other volunteers, responsables and referents), listed by the loader's log. */
    public static final String SUPPORTING_PASSWORD = "Figurant-Demo-2025";

    /**
     * One showcase account; {@code key} ties it to the loader's cast, {@code scope} is said in French for people.
     * The getters are for Faces: Jakarta EL 5 (EE 10) reads bean properties, not record components.
     */
    public record DemoAccount(String key, String email, String password, String firstName, String lastName,
            String role, String scope, String tryThis) {

        public String getEmail() {
            return email;
        }

        public String getPassword() {
            return password;
        }

        public String getName() {
            return firstName + " " + lastName;
        }

        public String getRole() {
            return role;
        }

        public String getScope() {
            return scope;
        }

        public String getTryThis() {
            return tryThis;
        }
    }

    public static final List<DemoAccount> SHOWCASE = List.of(
            new DemoAccount("admin", "admin" + DOMAIN, "Admin-Demo-2025", "Hélène", "Marchand",
                    "ADMIN", "National",
                    "Tout voir : files de modération nationales, structures signalées, historique de chaque objet."),
            new DemoAccount("referent-69", "referent.rhone" + DOMAIN, "Rhone-Demo-2025", "Karim", "Benali",
                    "REFERENT_DEPARTEMENT", "Rhône (69)",
                    "Valider la structure « Coup de Pouce Scolaire Bron » et les missions en attente du Rhône."),
            new DemoAccount("referent-01", "referent.ain" + DOMAIN, "Ain-Demo-2025", "Sophie", "Guillot",
                    "REFERENT_DEPARTEMENT", "Ain (01)",
                    "Examiner l'« Amicale des sapeurs-pompiers du Pays de Gex » (en cours de traitement)."),
            new DemoAccount("referent-84", "referent.auvergne-rhone-alpes" + DOMAIN, "Region84-Demo-2025", "Marc",
                    "Vidal", "REFERENT_REGION", "Auvergne-Rhône-Alpes (84)",
                    "Voir ensemble les files du Rhône et de l'Ain, sans les notes départementales."),
            new DemoAccount("responsable", "responsable" + DOMAIN, "Structure-Demo-2025", "Julie", "Perrin",
                    "RESPONSABLE", "Entraide Solidaire de la Croix-Rousse (Lyon, validée)",
                    "Répondre aux candidatures en attente, valider un bénévole, soumettre une mission en brouillon."),
            new DemoAccount("responsable-brouillon", "nouvelle.structure" + DOMAIN, "Brouillon-Demo-2025", "Lucas",
                    "Fontaine", "RESPONSABLE", "Collectif Vélo Pour Tous (Lyon, brouillon)",
                    "Compléter le profil (description, domaines) : la structure part seule en validation."),
            new DemoAccount("tete-de-reseau", "tete.reseau" + DOMAIN, "Reseau-Demo-2025", "Nadia", "Roussel",
                    "TETE_DE_RESEAU", "Réseau Alimentation Solidaire Rhône-Ain (4 structures)",
                    "Suivre les missions et candidatures des quatre structures du réseau."),
            new DemoAccount("benevole", "benevole" + DOMAIN, "Benevole-Demo-2025", "Camille", "Martin",
                    "BENEVOLE", "Lyon 4e (69004), 34 ans",
                    "Chercher une mission près de Lyon, candidater, suivre ses candidatures dans tous les statuts."),
            new DemoAccount("jeune", "jeune" + DOMAIN, "Jeune-Demo-2025", "Inès", "Morel",
                    "JEUNE", "Villeurbanne (69100), 16 ans",
                    "L'espace SNU du jeune (préférences, propositions) ; les missions ouvertes aux mineurs."),
            new DemoAccount("partenaire", "partenaire" + DOMAIN, "Partenaire-Demo-2025", "Thomas", "Lefèvre",
                    "PARTENAIRE", "Bénévoles Connectés (démo), annonceur et diffuseur",
                    "L'espace partenaire : missions partagées, statistiques reçues et générées, clé d'API."),
            new DemoAccount("responsable-benevole", "deux.roles" + DOMAIN, "DeuxRoles-Demo-2025", "Antoine",
                    "Girard", "RESPONSABLE + BENEVOLE", "Les Jardins de la Guillotière (Lyon) + bénévole",
                    "Changer de rôle : gérer les missions de jardinage, puis candidater ailleurs comme bénévole."));

    @Inject
    @ConfigProperty(name = "app.demo-data", defaultValue = "false")
    boolean enabled;

    /** True only when the application runs with {@code app.demo-data=true}: the demo page shows nothing else. */
    public boolean isEnabled() {
        return enabled;
    }

    public List<DemoAccount> getAccounts() {
        return enabled ? SHOWCASE : List.of();
    }

    public String getSupportingPassword() {
        return enabled ? SUPPORTING_PASSWORD : null;
    }

    public static DemoAccount showcase(String key) {
        return SHOWCASE.stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo account " + key));
    }
}
