package fr.engagement.demo.control;

import static fr.engagement.structures.entity.LegalStatus.ASSOCIATION;
import static fr.engagement.structures.entity.LegalStatus.COLLECTIVITE;
import static fr.engagement.structures.entity.LegalStatus.ORGANISATION_PRIVEE;
import static fr.engagement.structures.entity.LegalStatus.ORGANISATION_PUBLIQUE;
import static fr.engagement.structures.entity.StructureStatus.DRAFT;
import static fr.engagement.structures.entity.StructureStatus.IN_REVIEW;
import static fr.engagement.structures.entity.StructureStatus.REPORTED;
import static fr.engagement.structures.entity.StructureStatus.UNSUBSCRIBED;
import static fr.engagement.structures.entity.StructureStatus.VALIDATED;
import static fr.engagement.structures.entity.StructureStatus.WAITING_VALIDATION;

import fr.engagement.structures.entity.LegalStatus;
import fr.engagement.structures.entity.StructureStatus;
import java.util.List;

/**
 * The demo's organisations: fictional associations and real kinds of public bodies in six departments of three
 * regions, in every review status (mostly validated so that the search has plenty online). Identifiers (RNA, SIRET)
 * are well-formed and invented.
 */
final class StructureCatalogue {

    /**
     * One organisation. {@code status} is where it ends; {@code missions} how many missions it posts;
     * {@code inNetwork} puts it in the demo network; {@code responsable} is the showcase account managing it, or
     * null for a supporting responsable named {@code contact}.
     */
    record StructureSpec(String key, String name, LegalStatus legalStatus, String subType, String rna, String siret,
            String postalCode, String insee, String street, String phone, StructureStatus status, int[] domains,
            boolean inNetwork, int missions, String responsable, String contact, String description) {}

    static final String NETWORK_NAME = "Réseau Alimentation Solidaire Rhône-Ain";

    static final List<StructureSpec> ALL = List.of(
            // Rhône (69)
            s("croix-rousse", "Entraide Solidaire de la Croix-Rousse", ASSOCIATION, "Association loi 1901", "W691002345",
                    null, "69004", "69123", "14 rue d'Austerlitz", "04 78 28 41 17", VALIDATED, d(7, 8, 11), true, 22,
                    "responsable", null, "Depuis 1994, l'Entraide Solidaire accompagne les habitants de la Croix-Rousse"
                    + " en situation de précarité : épicerie solidaire, maraudes, aide aux démarches et ateliers de"
                    + " français. Une centaine de bénévoles font vivre l'association aux côtés de trois salariés."),
            s("restos-villeurbanne", "Les Restos Solidaires de Villeurbanne", ASSOCIATION, "Association loi 1901",
                    "W691004871", null, "69100", "69266", "27 rue Francis de Pressensé", "04 72 37 55 90", VALIDATED,
                    d(7), true, 14, null, "Bernard Aubry", "Distribution alimentaire, repas chauds et accueil de jour"
                    + " pour les familles et les personnes isolées de Villeurbanne et de Vaulx-en-Velin."),
            s("venissieux", "Ville de Vénissieux", COLLECTIVITE, "Commune", null, null, "69200", "69259",
                    "5 avenue Marcel Houël", "04 72 21 44 44", VALIDATED, d(8, 4, 10), false, 12, null, "Aurélie Masson",
                    "La ville mobilise ses habitants autour de la vie citoyenne, du sport pour tous et de la nature en"
                    + " ville : fête des voisins, courses solidaires, plantations dans les parcs."),
            s("vaulx-handisport", "Vaulx Handi-Sport", ASSOCIATION, "Club sportif affilié", "W691007712", null,
                    "69120", "69256", "Gymnase Aubrac, rue Joseph Blein", "04 78 80 12 63", VALIDATED, d(4), false, 9,
                    null, "Mehdi Saïdi", "Club omnisport qui permet aux personnes en situation de handicap de"
                    + " pratiquer basket fauteuil, boccia et athlétisme adapté, en compétition comme en loisir."),
            s("jardins-guillotiere", "Les Jardins de la Guillotière", ASSOCIATION, "Association loi 1901",
                    "W691009034", null, "69007", "69123", "3 rue Sébastien Gryphe", "04 78 58 20 31", VALIDATED,
                    d(10, 9), false, 10, "responsable-benevole", null, "Jardins partagés, compost de quartier et"
                    + " animations nature pour petits et grands dans le 7e arrondissement de Lyon."),
            s("ch-villefranche", "Centre hospitalier de Villefranche-sur-Saône", ORGANISATION_PUBLIQUE,
                    "Établissement public de santé", null, null, "69400", "69264", "Plateau d'Ouilly, rue Jean Moulin",
                    "04 74 09 29 29", VALIDATED, d(1, 7), false, 8, null, "Véronique Lacroix",
                    "Les bénévoles de l'hôpital accueillent, orientent et accompagnent patients et familles, en lien"
                    + " avec les équipes soignantes."),
            s("theatre-pentes", "Compagnie du Théâtre des Pentes", ASSOCIATION, "Association loi 1901", "W691011258",
                    null, "69001", "69123", "8 montée de la Grande-Côte", "04 78 39 02 67", VALIDATED, d(3, 9), false, 8,
                    null, "Clément Roux", "Compagnie de théâtre amateur et professionnel qui organise chaque année un"
                    + " festival de quartier gratuit et des ateliers pour les écoles."),
            s("coup-de-pouce-bron", "Coup de Pouce Scolaire Bron", ASSOCIATION, "Association loi 1901", "W691013390",
                    null, "69500", "69029", "12 avenue Franklin Roosevelt", "04 78 26 15 48", WAITING_VALIDATION, d(9),
                    false, 4, null, "Fatima Ouali", "Aide aux devoirs et accompagnement à la scolarité des collégiens"
                    + " de Bron, du lundi au jeudi après la classe."),
            s("velo-pour-tous", "Collectif Vélo Pour Tous", ASSOCIATION, null, "W691015502", null, "69003", "69123", null,
                    null, DRAFT, d(), false, 0, "responsable-brouillon", null, null),
            // Ain (01)
            s("epicerie-bourg", "Épicerie solidaire de Bourg-en-Bresse", ASSOCIATION, "Association loi 1901",
                    "W011004456", null, "01000", "01053", "9 rue Bourgmayer", "04 74 22 67 80", VALIDATED, d(7), true, 12,
                    null, "Monique Perret", "Une épicerie où les familles orientées par les travailleurs sociaux"
                    + " font leurs courses à petit prix, et un lieu d'échange autour d'ateliers cuisine."),
            s("oyonnax", "Ville d'Oyonnax", COLLECTIVITE, "Commune", null, null, "01100", "01283",
                    "Place de l'Hôtel de Ville", "04 74 77 00 11", VALIDATED, d(8, 4, 3), false, 10, null,
                    "Laurent Chapuis", "La ville d'Oyonnax fait appel aux bénévoles pour ses grands événements"
                    + " sportifs et culturels et pour les cérémonies patriotiques."),
            s("bugey-nature", "Les Amis du Bugey Nature", ASSOCIATION, "Association loi 1901", "W011006721", null,
                    "01300", "01034", "Maison des associations, 15 rue Saint-Martin", "04 79 81 33 02", VALIDATED,
                    d(10), false, 9, null, "Gérard Tissot", "Entretien des sentiers, suivi de la faune et de la flore,"
                    + " sorties nature : nous protégeons les paysages du Bugey depuis 1987."),
            s("ehpad-tilleuls", "EHPAD public Les Tilleuls", ORGANISATION_PUBLIQUE,
                    "Établissement public médico-social", null, null, "01500", "01004", "22 avenue Roger Salengro",
                    "04 74 38 12 90", VALIDATED, d(1, 7), false, 8, null, "Christine Blanc",
                    "Les résidents de l'EHPAD attendent avec impatience les visites, jeux et sorties que proposent les"
                    + " bénévoles, en complément des animations de l'équipe."),
            s("pompiers-gex", "Amicale des sapeurs-pompiers du Pays de Gex", ASSOCIATION, "Amicale", "W011008135",
                    null, "01170", "01173", "Centre de secours, route de Divonne", "04 50 41 52 18", IN_REVIEW, d(2),
                    false, 3, null, "Yannick Grosjean", "L'amicale soutient les sapeurs-pompiers volontaires et mène"
                    + " des actions de prévention des risques auprès des habitants du Pays de Gex."),
            s("entraide-gex", "Entraide Pays de Gex", ASSOCIATION, "Association loi 1901", "W011009268", null,
                    "01210", "01160", "4 chemin de Collex", "04 50 40 77 25", VALIDATED, d(7, 9), true, 9, null,
                    "Élodie Burnier", "Colis alimentaires, vestiaire solidaire et cours de français pour les"
                    + " habitants du Pays de Gex qui traversent une période difficile."),
            // Paris (75)
            s("paris-nord", "Solidarité Paris Nord", ASSOCIATION, "Association loi 1901", "W751234567", null, "75018",
                    "75056", "46 rue de la Goutte d'Or", "01 42 62 18 33", VALIDATED, d(7, 9), false, 14, null,
                    "Samia Belkacem", "Accueil de jour, petits-déjeuners solidaires et accompagnement scolaire dans"
                    + " le quartier de la Goutte d'Or."),
            s("ville-paris", "Ville de Paris", COLLECTIVITE, "Commune et département", null, null, "75004", "75056",
                    "Hôtel de Ville, place de l'Hôtel de Ville", "01 42 76 40 40", VALIDATED, d(8, 3, 10), false, 12,
                    null, "Pierre-Yves Lemoine", "La Ville de Paris propose des missions de bénévolat pour ses"
                    + " grands événements, ses bibliothèques et ses jardins, avec la Fabrique de la solidarité."),
            s("lire-ecrire-20", "Lire et Écrire Paris 20e", ASSOCIATION, "Association loi 1901", "W751236789", null,
                    "75020", "75056", "18 rue des Pyrénées", "01 43 70 25 61", VALIDATED, d(9), false, 10, null,
                    "Anne-Laure Costa", "Ateliers sociolinguistiques, alphabétisation et lutte contre l'illettrisme"
                    + " pour adultes dans l'est parisien."),
            s("tech-for-good", "Numérique Solidaire Conseil", ORGANISATION_PRIVEE, "SAS (entreprise solidaire)", null,
                    "88412365700014", "75010", "75056", "31 rue du Faubourg Saint-Denis", "01 84 60 12 40", VALIDATED,
                    d(11), false, 10, null, "Julien Nguyen", "Nos salariés et des bénévoles mettent leurs compétences"
                    + " (informatique, communication, gestion) au service de petites associations."),
            s("casvp", "Centre d'action sociale de la Ville de Paris", ORGANISATION_PUBLIQUE,
                    "Établissement public communal", null, null, "75012", "75056", "5 boulevard Diderot",
                    "01 44 67 16 07", VALIDATED, d(7, 1), false, 10, null, "Isabelle Moreau",
                    "Le CASVP accueille les Parisiens fragiles et les seniors isolés ; ses bénévoles animent les clubs"
                    + " seniors et les restaurants solidaires."),
            s("accueil-migrants", "Accueil Migrants Paris Est", ASSOCIATION, "Association loi 1901", "W751239012", null,
                    "75019", "75056", "72 avenue de Flandre", "01 40 36 88 14", REPORTED, d(6, 7), false, 4, null,
                    "Olivier Brunet", "Hébergement d'urgence citoyen, cours de français et accompagnement juridique"
                    + " des personnes exilées."),
            // Seine-Saint-Denis (93)
            s("saint-denis", "Ville de Saint-Denis", COLLECTIVITE, "Commune", null, null, "93200", "93066",
                    "2 place Victor Hugo", "01 49 33 66 66", VALIDATED, d(8, 4, 10), false, 11, null, "Rachid Haddad",
                    "La ville accueille de grands événements sportifs et mobilise ses habitants pour la propreté des"
                    + " quartiers et la vie citoyenne."),
            s("montreuil-international", "Montreuil Solidarité Internationale", ASSOCIATION, "Association loi 1901",
                    "W931004522", null, "93100", "93048", "35 rue de Paris", "01 48 57 40 19", VALIDATED, d(6, 9), false,
                    9, null, "Aminata Diallo", "Projets de coopération avec le Mali et le Sénégal, collecte de livres et"
                    + " de matériel scolaire, sensibilisation à la solidarité internationale."),
            s("aubervilliers-sport", "Aubervilliers Sport Citoyen", ASSOCIATION, "Association loi 1901", "W931006843",
                    null, "93300", "93001", "Stade André Karman, rue Firmin Gémier", "01 48 39 51 24", VALIDATED,
                    d(4, 9), false, 9, null, "Kevin Traoré", "Football, boxe éducative et aide aux devoirs : le sport"
                    + " comme école de la citoyenneté pour les jeunes d'Aubervilliers."),
            s("recyclerie-montreuil", "Recyclerie du Bas-Montreuil", ORGANISATION_PRIVEE, "SCIC SAS", null,
                    "90214578300012", "93100", "93048", "117 rue Étienne Marcel", "01 43 63 27 85", VALIDATED, d(10, 11),
                    false, 8, null, "Léa Fournier", "Réemploi, réparation et ateliers « zéro déchet » : la recyclerie"
                    + " donne une seconde vie aux objets du quartier."),
            // Gironde (33)
            s("bordeaux-seniors", "Bordeaux Entraide Seniors", ASSOCIATION, "Association loi 1901", "W332003417",
                    null, "33000", "33063", "21 cours de l'Yser", "05 56 91 42 07", VALIDATED, d(7, 1), false, 12, null,
                    "Dominique Larrieu", "Visites à domicile, appels de convivialité et sorties culturelles pour"
                    + " rompre l'isolement des personnes âgées bordelaises."),
            s("ccas-merignac", "Centre communal d'action sociale de Mérignac", COLLECTIVITE,
                    "Centre communal d'action sociale", null, null, "33700", "33281", "60 avenue du Maréchal de Lattre"
                    + " de Tassigny", "05 56 55 66 00", VALIDATED, d(7), false, 9, null, "Sandrine Dupuy",
                    "Le CCAS anime le réseau de bénévoles de la ville : aide alimentaire, accompagnement numérique"
                    + " et plan canicule."),
            s("ocean-arcachon", "Océan Propre Bassin d'Arcachon", ASSOCIATION, "Association loi 1901", "W332005628",
                    null, "33260", "33529", "Port de La Teste, quai du Capitaine Allègre", "05 56 54 10 36", VALIDATED,
                    d(10, 2), false, 8, null, "Maxime Dubernet", "Nettoyage des plages et des prés salés, sensibilisation"
                    + " des vacanciers et suivi scientifique des déchets marins sur le Bassin."),
            s("talence-patrimoine", "Talence Culture et Patrimoine", ASSOCIATION, "Association loi 1901",
                    "W332007839", null, "33400", "33522", "Château Peixotto, allée Peixotto", "05 56 84 78 00",
                    UNSUBSCRIBED, d(3), false, 3, null, "Françoise Cazenave", "Visites du patrimoine talençais et"
                    + " journées européennes du patrimoine."),
            s("pessac-afrique", "Pessac Coopération Afrique", ASSOCIATION, "Association loi 1901", "W332009051",
                    null, "33600", "33318", "Maison des associations, 10 rue Jean Cordier", "05 57 26 41 90",
                    VALIDATED, d(6, 9), false, 8, null, "Sékou Camara", "Jumelage avec des écoles du Burkina Faso,"
                    + " envoi de matériel et accueil d'enseignants en Gironde."),
            // Landes (40)
            s("mont-de-marsan", "Ville de Mont-de-Marsan", COLLECTIVITE, "Commune", null, null, "40000", "40192",
                    "2 place du Général Leclerc", "05 58 05 87 87", VALIDATED, d(8, 4, 3), false, 10, null,
                    "Jean-Michel Labat", "Fêtes de la Madeleine, Festival Arte Flamenco, commémorations : la ville"
                    + " compte sur ses bénévoles pour accueillir le public."),
            s("secouristes-landes", "Secouristes des Landes", ASSOCIATION, "Association agréée de sécurité civile",
                    "W402001183", null, "40100", "40088", "7 rue des Lazaristes", "05 58 74 21 56", VALIDATED, d(2, 1),
                    false, 11, null, "Nathalie Dufau", "Postes de secours, formations aux premiers secours et soutien"
                    + " aux populations lors des tempêtes et des feux de forêt."),
            s("foret-landaise", "Forêt Vivante Landaise", ASSOCIATION, "Association loi 1901", "W402003394", null,
                    "40600", "40046", "Route des Lacs", "05 58 78 15 60", WAITING_VALIDATION, d(10), false, 3, null,
                    "Pascal Lartigau", "Replantation après les incendies de 2022 et éducation à la forêt pour les"
                    + " écoles des Landes."),
            s("dax-culture", "Dax Culture Partagée", ASSOCIATION, null, "W402005507", null, "40100", "40088", null, null, DRAFT,
                    d(), false, 0, null, "Marion Lafitte", null));

    private StructureCatalogue() {}

    private static StructureSpec s(String key, String name, LegalStatus legalStatus, String subType, String rna,
            String siret, String postalCode, String insee, String street, String phone, StructureStatus status,
            int[] domains, boolean inNetwork, int missions, String responsable, String contact, String description) {
        return new StructureSpec(key, name, legalStatus, subType, rna, siret, postalCode, insee, street, phone, status,
                domains, inNetwork, missions, responsable, contact, description);
    }

    private static int[] d(int... domains) {
        return domains;
    }
}
