package fr.engagement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.partners.entity.Publisher;
import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bénévolat journey in Chromium, through the screens only, with the three roles logging in: a responsable
 * registers a structure and completes it, a referent of its department reviews it, the responsable writes and
 * submits a mission, the referent validates it, anyone finds it around Lyon, a volunteer applies, the responsable
 * answers and validates. Each screen is saved under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class BenevolatJourneyBrowserIT {

    private static final String PASSWORD = "Engagement2026!";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void structureMissionAndCandidatureFromRegistrationToValidation() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String responsable = "resp-" + run + "@exemple.fr";
        String referent = "ref-" + run + "@exemple.fr";
        String volunteer = "benevole-" + run + "@exemple.fr";
        String structureName = "Entraide Croix-Rousse " + run;
        String missionTitle = "Je distribue des colis alimentaires " + run;
        String url = "http://127.0.0.1:" + base.getPort() + base.getPath();
        try (Browser b = new Browser(url, Path.of(System.getProperty("it.target"), "screenshots"))) {
            // 1. A responsable registers with a new structure, then completes its profile: it goes to review.
            b.open("/inscription/structure.xhtml");
            b.type("registrationForm:structureName", structureName);
            b.select("registrationForm:legalStatus", "Association");
            b.type("registrationForm:rna", "W691234567");
            b.type("registrationForm:street", "12 rue d'Austerlitz");
            b.postalCode("registrationForm:structure", "69004", "Lyon");
            person(b, "Claire", "Responsable", responsable, "1980-04-12");
            b.screenshot("inscription-structure");
            b.click("registrationForm:register");
            assertThat(b.text()).containsIgnoringCase("connectez-vous");
            b.login(responsable, PASSWORD);
            assertThat(b.url()).contains("/structure/index.xhtml");
            assertThat(b.text()).containsIgnoringCase(structureName).containsIgnoringCase("Brouillon");
            b.screenshot("responsable-accueil-brouillon");
            b.click("editProfile");
            b.richText("Nous accompagnons les familles du quartier : aide alimentaire et soutien scolaire.");
            b.check("Solidarité et insertion");
            b.screenshot("structure-profil");
            b.click("profileForm:save");
            assertThat(b.text()).containsIgnoringCase("transmise aux référents").containsIgnoringCase("En attente de validation");
            b.logout();

            // 2. A referent of the Rhône reviews it; the history records each move.
            registerVolunteer(b, "Paul", "Referent", referent, "1975-02-01");
            makeReferent(referent, "69");
            b.login(referent, PASSWORD);
            assertThat(b.url()).contains("/referent/index.xhtml");
            assertThat(b.text()).containsIgnoringCase(structureName);
            b.screenshot("referent-file-moderation");
            b.clickButton(structureName);
            b.clickButton("Passer à « En cours de traitement »");
            b.clickButton("Passer à « Validée »");
            assertThat(b.text()).containsIgnoringCase("Validée").containsIgnoringCase("Historique").containsIgnoringCase("Paul Referent");
            b.screenshot("referent-structure-validee");
            b.logout();

            // 3. The responsable writes a mission on site in Lyon and submits it; the referent validates it.
            b.login(responsable, PASSWORD);
            b.click("newMission");
            b.type("missionForm:title", missionTitle);
            b.richText("Chaque samedi matin, vous préparez et distribuez des colis aux familles du quartier.");
            b.selectAndWait("missionForm:domain", "Solidarité et insertion", "missionForm:activitiesGroup");
            b.check("Distribution");
            b.select("missionForm:type", "Sur place");
            b.postalCode("address", "69001", "Lyon");
            b.select("missionForm:dateType", "Ponctuelle");
            b.date("missionForm:startDate", LocalDate.now().plusDays(10).toString());
            b.date("missionForm:endDate", LocalDate.now().plusDays(60).toString());
            b.type("missionForm:places", "2");
            b.screenshot("mission-formulaire");
            b.click("missionForm:save");
            assertThat(b.text()).containsIgnoringCase(missionTitle).containsIgnoringCase("Brouillon");
            b.clickButton("Passer à « En attente de validation »");
            assertThat(b.text()).containsIgnoringCase("En attente de validation");
            b.screenshot("mission-soumise");
            b.logout();
            b.login(referent, PASSWORD);
            b.clickButton(missionTitle);
            b.clickButton("Passer à « Validée »");
            assertThat(b.text()).containsIgnoringCase("Validée");
            b.screenshot("referent-mission-validee");
            b.logout();

            // 4. Anyone finds it around Lyon, nearest first, with its distance.
            b.open("/missions/recherche.xhtml?lieu=69001&rayon=10");
            assertThat(b.text()).containsIgnoringCase(missionTitle).containsIgnoringCase("km");
            b.screenshot("recherche-lyon");
            b.clickButton(missionTitle);
            assertThat(b.text()).containsIgnoringCase("2 places restantes").containsIgnoringCase(structureName);
            b.screenshot("mission-page-publique");

            // 5. A volunteer applies; the responsable answers (in review) and validates; the volunteer sees it.
            registerVolunteer(b, "Inès", "Benevole", volunteer, "2001-09-23");
            b.login(volunteer, PASSWORD);
            b.open("/missions/recherche.xhtml?lieu=69001&rayon=10");
            b.clickButton(missionTitle);
            b.click("apply");
            b.type("applyForm:message", "Bonjour, je suis disponible le samedi matin et j'aimerais vous aider.");
            b.click("applyForm:apply");
            assertThat(b.text()).containsIgnoringCase("En attente de validation").containsIgnoringCase("je suis disponible");
            b.screenshot("benevole-candidature-envoyee");
            b.logout();
            b.login(responsable, PASSWORD);
            assertThat(b.text()).containsIgnoringCase("candidature(s) attendent votre réponse");
            b.open("/structure/candidatures.xhtml");
            b.clickButton("Voir");
            b.type("replyForm:reply", "Merci Inès ! Pouvez-vous venir samedi à 9h ?");
            b.click("replyForm:send");
            assertThat(b.text()).containsIgnoringCase("En cours de traitement");
            b.clickButton("Passer à « Validée »");
            assertThat(b.text()).containsIgnoringCase("Validée");
            b.screenshot("responsable-candidature-validee");
            b.logout();
            b.login(volunteer, PASSWORD);
            assertThat(b.text()).containsIgnoringCase(missionTitle).containsIgnoringCase("Validée");
            b.screenshot("benevole-mes-candidatures");
            b.clickButton("Voir");
            assertThat(b.text()).containsIgnoringCase("Historique").containsIgnoringCase("Merci Inès");
            b.screenshot("benevole-candidature-historique");
            b.logout();

            // 6. Out of scope, by changing an id: another volunteer, a referent of the Ain, another structure.
            long candidature = id("SELECT c.id FROM candidature c JOIN account a ON a.id = c.candidate_id"
                    + " WHERE a.email = ?", volunteer);
            long structure = id("SELECT id FROM structure WHERE name = ?", structureName);
            long mission = id("SELECT id FROM mission WHERE title = ?", missionTitle);
            String other = "autre-" + run + "@exemple.fr";
            registerVolunteer(b, "Hugo", "Curieux", other, "1990-01-01");
            b.login(other, PASSWORD);
            b.open("/benevole/candidature.xhtml?id=" + candidature);
            assertThat(b.text()).containsIgnoringCase("Page non trouvée").doesNotContain("Merci Inès");
            b.screenshot("hors-perimetre-candidature");
            b.logout();
            String ain = "ref-ain-" + run + "@exemple.fr";
            registerVolunteer(b, "Lucie", "Ain", ain, "1970-01-01");
            makeReferent(ain, "01");
            b.login(ain, PASSWORD);
            assertThat(b.text()).doesNotContain(structureName);
            b.open("/referent/structure.xhtml?id=" + structure);
            assertThat(b.text()).containsIgnoringCase("Page non trouvée").doesNotContain(structureName);
            b.open("/referent/mission.xhtml?id=" + mission);
            assertThat(b.text()).containsIgnoringCase("Page non trouvée");
            b.logout();
            String otherResponsable = "resp2-" + run + "@exemple.fr";
            b.open("/inscription/structure.xhtml");
            b.type("registrationForm:structureName", "Autre structure " + run);
            b.select("registrationForm:legalStatus", "Collectivité territoriale");
            b.postalCode("registrationForm:structure", "69003", "Lyon");
            person(b, "Marc", "Autre", otherResponsable, "1985-06-01");
            b.click("registrationForm:register");
            b.login(otherResponsable, PASSWORD);
            b.open("/structure/mission-edition.xhtml?id=" + mission);
            assertThat(b.text()).containsIgnoringCase("Page non trouvée");
            b.open("/structure/candidature.xhtml?id=" + candidature);
            assertThat(b.text()).containsIgnoringCase("Page non trouvée");
            assertThat(id("SELECT COUNT(*) FROM candidature WHERE id = " + candidature + " AND status = ?",
                    "VALIDATED")).isEqualTo(1);
        }
    }

    @Test
    void badInputGetsFrenchMessagesOnTheFieldsAndKeepsWhatWasTyped() throws Exception {
        String url = "http://127.0.0.1:" + base.getPort() + base.getPath();
        try (Browser b = new Browser(url, Path.of(System.getProperty("it.target"), "screenshots", "saisie"))) {
            b.open("/inscription/benevole.xhtml");
            b.click("registrationForm:register");
            assertThat(b.fieldErrors()).anyMatch(e -> e.contains("Prénom") && e.contains("obligatoire"))
                    .anyMatch(e -> e.contains("Code postal") && e.contains("obligatoire"));
            b.screenshot("inscription-champs-obligatoires");
            b.type("registrationForm:firstName", "Jean3");
            b.type("registrationForm:lastName", "Dupont");
            b.type("registrationForm:email", "pas-un-courriel");
            b.type("registrationForm:password", "court");
            b.type("registrationForm:personPostalCode", "99999");
            b.blurAndWait("registrationForm:personPlace");
            b.click("registrationForm:register");
            assertThat(b.fieldErrors())
                    .anyMatch(e -> e.contains("lettres"))
                    .anyMatch(e -> e.contains("adresse électronique n'est pas valide"))
                    .anyMatch(e -> e.contains("12 caractères"))
                    .anyMatch(e -> e.contains("Code postal inconnu"));
            assertThat(b.find("registrationForm:lastName").getAttribute("value")).isEqualTo("Dupont");
            b.screenshot("inscription-champs-invalides");
            String email = "jeune-" + System.nanoTime() + "@exemple.fr";
            b.open("/inscription/benevole.xhtml");
            person(b, "Léo", "Petit", email, LocalDate.now().minusYears(15).toString());
            b.click("registrationForm:register");
            assertThat(b.text()).contains("Il faut avoir au moins 16 ans");
            assertThat(id("SELECT COUNT(*) FROM account WHERE email = ?", email)).isZero();
            b.screenshot("inscription-moins-de-16-ans");
        }
    }

    @Test
    void partnerMissionsOfDiffusedAnnouncersShowInTheSearchWithTheirPublisherAndTheTrackedRedirect() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String diffused = "Réseau Partenaire " + run;
        String diffusedId = partnerPublisher(diffused, true);
        String ignoredId = partnerPublisher("Réseau Ignoré " + run, false);
        String title = "Collecte de livres pour les écoles " + run;
        String hidden = "Maraude solidaire du soir " + run;
        String missionId = partnerMission(diffusedId, title);
        partnerMission(ignoredId, hidden);
        String url = "http://127.0.0.1:" + base.getPort() + base.getPath();
        try (Browser b = new Browser(url, Path.of(System.getProperty("it.target"), "screenshots", "partenaires"))) {
            // partner missions are open to minors here, the other tests' missions are not: this page is theirs
            b.open("/missions/recherche.xhtml?lieu=69001&rayon=10&mineurs=true");
            assertThat(b.text()).contains(title).contains("Proposée par " + diffused).doesNotContain(hidden);
            assertThat(b.linkTarget(title)).endsWith("/r/" + missionId + "/" + Publisher.PLATFORM_ID);
            b.screenshot("recherche-mission-partenaire");
        }
    }

    /** A partner announcer, written as the admin screens would; diffused by the platform when asked. */
    private static String partnerPublisher(String name, boolean diffusedByPlatform) throws Exception {
        String id = Publisher.newId();
        try (Connection c = database()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO publisher (id, name, annonceur) VALUES (?, ?,"
                    + " TRUE)")) {
                s.setString(1, id);
                s.setString(2, name);
                s.executeUpdate();
            }
            if (diffusedByPlatform) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO diffusion_rule (id, publisher_id, field,"
                        + " operator, value) VALUES (?, ?, 'publisherId', 'is', ?)")) {
                    s.setString(1, UUID.randomUUID().toString());
                    s.setString(2, Publisher.PLATFORM_ID);
                    s.setString(3, id);
                    s.executeUpdate();
                }
            }
        }
        return id;
    }

    /** A live partner mission in Lyon 2e, with the address copies the geo search reads, as an import writes it. */
    private static String partnerMission(String publisherId, String title) throws Exception {
        String id = UUID.randomUUID().toString();
        Timestamp start = Timestamp.from(Instant.now().plus(5, ChronoUnit.DAYS));
        try (Connection c = database()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO partner_mission (id, publisher_id, client_id,"
                    + " title, application_url, type, domain, remote, places, open_to_minors, start_at, end_at,"
                    + " status_code) VALUES (?, ?, ?, ?, 'https://partenaire.example.org/m', 'benevolat',"
                    + " 'solidarite-insertion', 'no', 4, TRUE, ?, ?, 'ACCEPTED')")) {
                s.setString(1, id);
                s.setString(2, publisherId);
                s.setString(3, "client-" + id);
                s.setString(4, title);
                s.setTimestamp(5, start);
                s.setTimestamp(6, Timestamp.from(Instant.now().plus(60, ChronoUnit.DAYS)));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO partner_mission_address (mission_id, position,"
                    + " postal_code, city, department_code, latitude, longitude, live, publisher_id, domain,"
                    + " start_at) VALUES (?, 0, '69002', 'Lyon', '69', 45.7578, 4.8320, TRUE, ?,"
                    + " 'solidarite-insertion', ?)")) {
                s.setString(1, id);
                s.setString(2, publisherId);
                s.setTimestamp(3, start);
                s.executeUpdate();
            }
        }
        return id;
    }

    private static long id(String sql, String parameter) throws Exception {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("it.db.port")
                + "/engagement", "root", "x");
    }

    private static void person(Browser b, String first, String last, String email, String birthDate) {
        b.type("registrationForm:firstName", first);
        b.type("registrationForm:lastName", last);
        b.date("registrationForm:birthDate", birthDate);
        b.type("registrationForm:email", email);
        b.type("registrationForm:password", PASSWORD);
        b.postalCode("registrationForm:person", "69003", "Lyon");
        b.check("J'accepte la charte de la Réserve civique et les conditions d'utilisation.");
    }

    private static void registerVolunteer(Browser b, String first, String last, String email, String birthDate) {
        b.open("/inscription/benevole.xhtml");
        person(b, first, last, email, birthDate);
        b.click("registrationForm:register");
        assertThat(b.text()).containsIgnoringCase("connectez-vous");
    }

    /** Referents are appointed by the ministry, not registered: the test appoints one in the database. */
    private static void makeReferent(String email, String department) throws Exception {
        try (Connection c = database();
                PreparedStatement s = c.prepareStatement("UPDATE account_role r JOIN account a ON a.id = r.account_id "
                        + "SET r.role = 'REFERENT_DEPARTEMENT', r.department_code = ? WHERE a.email = ?")) {
            s.setString(1, department);
            s.setString(2, email);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
