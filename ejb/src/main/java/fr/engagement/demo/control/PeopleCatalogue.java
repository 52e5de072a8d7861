package fr.engagement.demo.control;

import java.util.List;

/**
 * The people of the demo besides the showcase accounts: volunteers of every age in the six departments, the
 * referents who review the other departments, and what people write to each other.
 */
final class PeopleCatalogue {

    /** A volunteer: name, age in years, department where they live. */
    record Volunteer(String firstName, String lastName, int age, String department) {}

    /** A referent of a department (or region, code of 2 digits after "R"). */
    record Referent(String scope, String firstName, String lastName) {}

    static final List<Volunteer> VOLUNTEERS = List.of(
            v("Léa", "Bernard", 23, "69"), v("Hugo", "Petit", 17, "69"), v("Chloé", "Dubois", 45, "69"),
            v("Mohamed", "Benkirane", 31, "69"), v("Emma", "Lambert", 68, "69"), v("Nathan", "Faure", 19, "69"),
            v("Sarah", "Cohen", 52, "69"), v("Louis", "Mercier", 27, "69"), v("Yasmine", "Haddad", 16, "69"),
            v("Paul", "Rousseau", 74, "01"), v("Manon", "Brun", 29, "01"), v("Théo", "Garnier", 38, "01"),
            v("Jeanne", "Chevalier", 61, "01"), v("Rayan", "Mansouri", 17, "01"), v("Clara", "Robin", 24, "01"),
            v("Gabriel", "Lemaire", 42, "75"), v("Aïcha", "Diop", 35, "75"), v("Arthur", "Durand", 21, "75"),
            v("Zoé", "Moulin", 18, "75"), v("Bernadette", "Gauthier", 70, "75"), v("Adam", "Kaddour", 26, "75"),
            v("Julie", "Caron", 33, "75"), v("Mamadou", "Sow", 40, "93"), v("Lina", "Amrani", 16, "93"),
            v("Kévin", "Lopez", 29, "93"), v("Fatou", "Ndiaye", 47, "93"), v("Lucie", "Marchal", 55, "93"),
            v("Baptiste", "Laporte", 22, "33"), v("Anaïs", "Castaing", 30, "33"), v("Jacques", "Dupuy", 66, "33"),
            v("Océane", "Lafon", 17, "33"), v("Romain", "Sarrazin", 36, "33"), v("Elsa", "Bordes", 58, "33"),
            v("Mathis", "Darrigade", 20, "40"), v("Camille", "Lesgourgues", 41, "40"),
            v("Pierre", "Dufourcq", 63, "40"), v("Maëlys", "Labeyrie", 16, "40"), v("Sofiane", "Meziane", 25, "69"),
            v("Agathe", "Perrot", 49, "01"), v("Noah", "Traoré", 19, "93"));

    static final List<Referent> REFERENTS = List.of(
            new Referent("75", "Claire", "Dumas"), new Referent("93", "Youssef", "Amara"),
            new Referent("33", "Stéphanie", "Lalanne"), new Referent("40", "Philippe", "Darracq"),
            new Referent("R11", "Anne", "Rivière"), new Referent("R75", "Frédéric", "Etchegaray"));

    static final List<String> APPLICATION_MESSAGES = List.of(
            "Bonjour, je suis disponible le samedi matin et j'aimerais beaucoup participer. J'ai déjà fait de l'aide"
                    + " aux devoirs avec mes neveux.",
            "Bonjour, je viens d'arriver dans le quartier et je cherche à me rendre utile. Je peux venir en soirée"
                    + " après le travail.",
            "Bonjour ! Retraitée depuis peu, j'ai du temps et l'envie de m'engager. Pouvons-nous en parler ?",
            "Étudiant en deuxième année, je suis libre le mercredi après-midi et pendant les vacances.",
            "Bonjour, j'ai déjà été bénévole dans une association similaire pendant deux ans. Je suis motivée !",
            "Bonjour, cette mission me parle beaucoup. Je travaille à temps partiel et je suis libre les jeudis.",
            "Je souhaiterais participer avec ma fille de 17 ans, est-ce possible ?",
            "Bonjour, je suis infirmière à la retraite, je peux aider ponctuellement.",
            "Bonjour, je parle anglais et arabe, si cela peut être utile.",
            "Bonjour, je suis disponible pour tout l'événement, y compris le montage la veille.",
            "Bonjour, je découvre le bénévolat : y a-t-il une réunion d'information avant de commencer ?",
            "Bonsoir, je peux venir avec deux amis du club, nous sommes habitués à ce genre d'événement.");

    static final List<String> STRUCTURE_REPLIES = List.of(
            "Bonjour %s, merci beaucoup pour votre proposition ! Pouvez-vous passer au local mardi à 18 h pour que"
                    + " l'on se rencontre ?",
            "Bonjour %s, ravis de votre intérêt. Je vous appelle cette semaine pour vous présenter l'équipe.",
            "Merci %s ! Une réunion d'accueil des nouveaux bénévoles a lieu le premier samedi du mois à 10 h.",
            "Bonjour %s, c'est avec plaisir. Pouvez-vous nous indiquer vos disponibilités précises ?",
            "Bonjour %s, bienvenue ! Je vous envoie le planning et le lieu de rendez-vous par courriel.");

    static final List<String> CANDIDATE_FOLLOW_UPS = List.of(
            "Parfait, je serai là. Merci !", "Très bien, à mardi alors.", "Merci pour votre retour rapide !",
            "Je suis disponible tous les samedis matin, et un mercredi sur deux.");

    static final List<String> REFUSAL_COMMENTS = List.of(
            "Nous avons déjà toutes les personnes nécessaires pour ce créneau, merci beaucoup pour votre proposition.",
            "La mission demande le PSE1, que vous n'avez pas encore : n'hésitez pas à suivre notre prochaine formation.",
            "Nous cherchons quelqu'un disponible en semaine ; vos disponibilités ne correspondent pas cette fois.");

    static final List<String> CANCEL_COMMENTS = List.of(
            "Je viens de trouver un emploi avec des horaires incompatibles, désolé.",
            "Un déménagement imprévu, je ne pourrai pas m'engager cette année.",
            "Finalement je ne suis plus disponible à ces dates.");

    static final List<String> CLOSINGS = List.of(
            "Une formation est assurée par l'équipe à votre arrivée.",
            "Vous serez accompagné·e par un bénévole expérimenté lors de vos premières fois.",
            "Nous remboursons les frais de transport sur justificatif.",
            "Une réunion d'accueil des nouveaux bénévoles a lieu chaque mois.",
            "Rejoignez une équipe chaleureuse, quel que soit votre âge ou votre expérience.",
            "L'association vous assure pendant toute la durée de votre engagement.");

    private PeopleCatalogue() {}

    private static Volunteer v(String firstName, String lastName, int age, String department) {
        return new Volunteer(firstName, lastName, age, department);
    }
}
