package fr.engagement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
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
            assertThat(b.text()).contains("connectez-vous");
            b.login(responsable, PASSWORD);
            assertThat(b.url()).contains("/structure/index.xhtml");
            assertThat(b.text()).contains(structureName).contains("Brouillon");
            b.screenshot("responsable-accueil-brouillon");
            b.click("editProfile");
            b.richText("Nous accompagnons les familles du quartier : aide alimentaire et soutien scolaire.");
            b.check("Solidarité et insertion");
            b.screenshot("structure-profil");
            b.click("profileForm:save");
            assertThat(b.text()).contains("transmise aux référents").contains("En attente de validation");
            b.logout();

            // 2. A referent of the Rhône reviews it; the history records each move.
            registerVolunteer(b, "Paul", "Referent", referent, "1975-02-01");
            makeReferent(referent, "69");
            b.login(referent, PASSWORD);
            assertThat(b.url()).contains("/referent/index.xhtml");
            assertThat(b.text()).contains(structureName);
            b.screenshot("referent-file-moderation");
            b.clickButton(structureName);
            b.clickButton("Passer à « En cours de traitement »");
            b.clickButton("Passer à « Validée »");
            assertThat(b.text()).contains("Validée").contains("Historique").contains("Paul Referent");
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
            assertThat(b.text()).contains(missionTitle).contains("Brouillon");
            b.clickButton("Passer à « En attente de validation »");
            assertThat(b.text()).contains("En attente de validation");
            b.screenshot("mission-soumise");
            b.logout();
            b.login(referent, PASSWORD);
            b.clickButton(missionTitle);
            b.clickButton("Passer à « Validée »");
            assertThat(b.text()).contains("Validée");
            b.screenshot("referent-mission-validee");
            b.logout();

            // 4. Anyone finds it around Lyon, nearest first, with its distance.
            b.open("/missions/recherche.xhtml?lieu=69001&rayon=10");
            assertThat(b.text()).contains(missionTitle).contains("km");
            b.screenshot("recherche-lyon");
            b.clickButton(missionTitle);
            assertThat(b.text()).contains("2 places restantes").contains(structureName);
            b.screenshot("mission-page-publique");

            // 5. A volunteer applies; the responsable answers (in review) and validates; the volunteer sees it.
            registerVolunteer(b, "Inès", "Benevole", volunteer, "2001-09-23");
            b.login(volunteer, PASSWORD);
            b.open("/missions/recherche.xhtml?lieu=69001&rayon=10");
            b.clickButton(missionTitle);
            b.click("apply");
            b.type("applyForm:message", "Bonjour, je suis disponible le samedi matin et j'aimerais vous aider.");
            b.click("applyForm:apply");
            assertThat(b.text()).contains("En attente de validation").contains("je suis disponible");
            b.screenshot("benevole-candidature-envoyee");
            b.logout();
            b.login(responsable, PASSWORD);
            assertThat(b.text()).contains("candidature(s) attendent votre réponse");
            b.open("/structure/candidatures.xhtml");
            b.clickButton("Voir");
            b.type("replyForm:reply", "Merci Inès ! Pouvez-vous venir samedi à 9h ?");
            b.click("replyForm:send");
            assertThat(b.text()).contains("En cours de traitement");
            b.clickButton("Passer à « Validée »");
            assertThat(b.text()).contains("Validée");
            b.screenshot("responsable-candidature-validee");
            b.logout();
            b.login(volunteer, PASSWORD);
            assertThat(b.text()).contains(missionTitle).contains("Validée");
            b.screenshot("benevole-mes-candidatures");
            b.clickButton("Voir");
            assertThat(b.text()).contains("Historique").contains("Merci Inès");
            b.screenshot("benevole-candidature-historique");
        }
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
        assertThat(b.text()).contains("connectez-vous");
    }

    /** Referents are appointed by the ministry, not registered: the test appoints one in the database. */
    private static void makeReferent(String email, String department) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("it.db.port")
                + "/engagement", "root", "x");
                PreparedStatement s = c.prepareStatement("UPDATE account_role r JOIN account a ON a.id = r.account_id "
                        + "SET r.role = 'REFERENT_DEPARTEMENT', r.department_code = ? WHERE a.email = ?")) {
            s.setString(1, department);
            s.setString(2, email);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
