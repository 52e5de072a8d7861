package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.it.support.Eventually;
import fr.engagement.it.support.FeedServer;
import fr.engagement.it.support.MapConfig;
import fr.engagement.partners.entity.Publisher;
import jakarta.json.Json;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages of the partner exchange over HTTP, as a browser uses them. The admin's: log in, see the announcers with a
 * feed, start an import (post-redirect-get), follow it to its result; only administrators get in. The partner's
 * space: its own imports, traffic and key, and nothing of another partner's whatever id it sends.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerPagesIT {

    private static final String PASSWORD = "Flux-Admin-2026!";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(PartnerPagesIT.class, PagesConfig.class)
                .addAsServiceProvider(ConfigSource.class, PagesConfig.class);
    }

    /** A robot after 2 clicks, so that the test can make one. */
    public static class PagesConfig extends MapConfig {
        public PagesConfig() {
            super("partner-pages-it", Map.of("tracking.bots.min-clicks", "2"));
        }
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private String url(String path) {
        return "http://127.0.0.1:" + base.getPort() + base.getPath().replaceAll("/$", "") + path;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(http, path);
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return post(path, List.copyOf(form.entrySet()));
    }

    /** A form with a name given more than once (checkboxes). */
    private HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) throws Exception {
        return post(http, path, form);
    }

    private HttpResponse<String> post(HttpClient browser, String path, List<Map.Entry<String, String>> form)
            throws Exception {
        String body = form.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertThat(m.find()).as("a Faces form").isTrue();
        return m.group(1).replace("&#58;", ":");
    }

    private void logIn(String email) throws Exception {
        logIn(http, email);
    }

    private void logIn(HttpClient browser, String email) throws Exception {
        String login = get(browser, "/connexion.xhtml").body();
        HttpResponse<String> logged = post(browser, "/connexion.xhtml", List.copyOf(Map.of("loginForm", "loginForm",
                "loginForm:email", email, "loginForm:password", PASSWORD, "loginForm:login", "Se connecter",
                "jakarta.faces.ViewState", viewState(login)).entrySet()));
        assertThat(logged.statusCode()).isEqualTo(200);
    }

    /** The import card of the page once the import is over (Réussi or Échec). */
    private String finishedImport(String page) {
        return Eventually.get(Duration.ofSeconds(120), "import shown as done", () -> {
            try {
                String card = importCard(get(page).body());
                return card.contains("Réussi") || card.contains("Échec") ? Optional.of(card) : Optional.empty();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The import shown on the page, with its refused missions (the page's other rows have states of their own). */
    private static String importCard(String page) {
        int start = page.indexOf("id=\"import\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</table>", start));
    }

    private int apiStatus(String key) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/v0/mission?limit=1")))
                .header("x-api-key", key).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** A partner added on the page gets a key shown once; renewing it stops the old one at once. */
    @Test
    void anAdministratorAddsAPartnerAndRenewsItsKey() throws Exception {
        logIn(post("/it/partners", Map.of("action", "admin", "password", PASSWORD)).body());
        String page = get("/admin/partenaires.xhtml").body();
        assertThat(page).contains("Partenaires de l'échange de missions", "Engagement Civique");

        HttpResponse<String> refused = post("/admin/partenaires.xhtml", Map.of("publisherForm", "publisherForm",
                "publisherForm:name", " ", "publisherForm:url", "partenaire.fr", "publisherForm:missionType",
                "benevolat", "publisherForm:create", "Ajouter le partenaire", "jakarta.faces.ViewState",
                viewState(page)));
        assertThat(refused.body()).contains("Indiquez le nom du partenaire.",
                "Indiquez une adresse qui commence par http:// ou https://.", "value=\"partenaire.fr\"");

        String name = "Plateforme " + System.nanoTime();
        HttpResponse<String> created = post("/admin/partenaires.xhtml", Map.of("publisherForm", "publisherForm",
                "publisherForm:name", name, "publisherForm:url", "https://partenaire.example.org",
                "publisherForm:missionType", "benevolat", "publisherForm:apiRights", "true",
                "publisherForm:diffusedAnnouncers", Publisher.PLATFORM_ID, "publisherForm:create", "Ajouter le partenaire",
                "jakarta.faces.ViewState", viewState(refused.body())));
        Matcher key = Pattern.compile("clé d.API est ([A-Za-z0-9_-]{43})").matcher(created.body());
        assertThat(key.find()).as(created.body()).isTrue();
        assertThat(created.body()).contains(name, key.group(1).substring(0, 6) + "…");
        assertThat(apiStatus(key.group(1))).isEqualTo(200);
        assertThat(get("/admin/partenaires.xhtml").body()).as("shown once").doesNotContain(key.group(1));

        String list = get("/admin/partenaires.xhtml").body();
        Matcher button = Pattern.compile("<input[^>]*name=\"(keysForm:[^\"]+)\"[^>]*value=\"Nouvelle clé")
                .matcher(list.substring(list.indexOf(name)));
        assertThat(button.find()).as("the row's button").isTrue();
        HttpResponse<String> renewed = post("/admin/partenaires.xhtml", Map.of("keysForm", "keysForm",
                button.group(1), "Nouvelle clé", "jakarta.faces.ViewState", viewState(list)));
        Matcher newKey = Pattern.compile("clé d.API est ([A-Za-z0-9_-]{43})").matcher(renewed.body());
        assertThat(newKey.find()).as(renewed.body()).isTrue();
        assertThat(apiStatus(key.group(1))).isEqualTo(401);
        assertThat(apiStatus(newKey.group(1))).isEqualTo(200);
    }

    @Test
    void anAdministratorSeesTheFeedsAndStartsAnImport() throws Exception {
        try (FeedServer feeds = new FeedServer()) {
            feeds.put("/feed.xml", "<?xml version=\"1.0\"?><source><mission><clientId>P1</clientId>"
                    + "<title>Mission du flux</title><description>d</description>"
                    + "<applicationUrl>https://x</applicationUrl></mission></source>");
            String name = "Flux Admin " + System.nanoTime();
            assertThat(post("/it/partners", Map.of("name", name, "feed", feeds.url("/feed.xml"))).statusCode())
                    .isEqualTo(200);
            String admin = post("/it/partners", Map.of("action", "admin", "password", PASSWORD)).body();

            HttpResponse<String> anonymous = get("/admin/flux.xhtml");
            assertThat(anonymous.body()).as("the login page, not the feeds").doesNotContain("Flux XML des partenaires");

            logIn(admin);

            String page = get("/admin/flux.xhtml").body();
            assertThat(page).contains("Flux XML des partenaires", name, feeds.url("/feed.xml"), "Jamais importé");
            String row = page.substring(page.indexOf(name));
            Matcher button = Pattern.compile("<input[^>]*name=\"(feedsForm:[^\"]+)\"[^>]*value=\"Lancer l").matcher(row);
            assertThat(button.find()).as("the row's button").isTrue();
            HttpResponse<String> started = post("/admin/flux.xhtml", Map.of("feedsForm", "feedsForm",
                    button.group(1), "Lancer l'import", "jakarta.faces.ViewState", viewState(page)));
            assertThat(started.uri().toString()).contains("/admin/flux.xhtml?id=");
            assertThat(started.body()).contains("lancé");
            String importPage = started.uri().toString().substring(started.uri().toString().indexOf("/admin/"));
            String done = finishedImport(importPage);
            assertThat(done).contains("Réussi", "créées : 1");
        }
    }

    /** A partner's space shows its imports, what it received and its key; another partner's id gets a 403. */
    @Test
    void aPartnerSeesItsOwnSpaceImportsAndRenewsItsKeyButNeverAnothers() throws Exception {
        try (FeedServer feeds = new FeedServer()) {
            feeds.put("/mine.xml", "<?xml version=\"1.0\"?><source>"
                    + "<mission><clientId>E1</clientId><title>Aide aux devoirs du soir</title><description>Aider des"
                    + " collégiens.</description><applicationUrl>https://espace.example.org/e1</applicationUrl>"
                    + "<postalCode>69003</postalCode><city>Lyon</city><domain>education</domain></mission>"
                    + "<mission><clientId>E2</clientId><title>Court</title><description>d</description>"
                    + "<applicationUrl>https://espace.example.org/e2</applicationUrl></mission></source>");
            String[] mine = post("/it/partners", Map.of("name", "Espace Partenaire", "feed",
                    feeds.url("/mine.xml"))).body().split(" ");
            String[] other = post("/it/partners", Map.of("name", "Autre Partenaire", "feed",
                    feeds.url("/mine.xml"))).body().split(" ");
            logIn(post("/it/partners", Map.of("action", "partner", "id", mine[0], "password", PASSWORD)).body());

            String page = get("/partenaire/index.xhtml").body();
            assertThat(page).contains("Espace partenaire : Espace Partenaire", feeds.url("/mine.xml"),
                    "Aucun import pour l'instant", "Aucun événement sur la période", "data-warning=\"EMPTY_WARNING\"",
                    "Vous n'avez aucune mission dans le catalogue")
                    .doesNotContain("Autre Partenaire");

            HttpResponse<String> started = post("/partenaire/index.xhtml", Map.of("importForm", "importForm",
                    "partenaire", mine[0], "importForm:start", "Importer mon flux maintenant",
                    "jakarta.faces.ViewState", viewState(page)));
            assertThat(started.uri().toString()).contains("partenaire=" + mine[0], "import=");
            String importPage = started.uri().toString().substring(started.uri().toString().indexOf("/partenaire/"));
            String done = finishedImport(importPage);
            assertThat(done).contains("Réussi", "créées : 2", "refusées : 1", "E2", "Le titre est trop court");
            assertThat(get(importPage).body()).contains("Missions en ligne ou refusées : 2",
                    "dont refusées par les règles\n          de l'API : 1").as("its missions arrived, the warning went")
                    .doesNotContain("data-warning=");

            String missions = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/v0/mymission")))
                    .header("x-api-key", mine[1]).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher accepted = Pattern.compile("\"_id\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"clientId\"\\s*:\\s*\"E1\"")
                    .matcher(missions);
            assertThat(accepted.find()).as(missions).isTrue();
            HttpResponse<Void> click = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    url("/r/" + accepted.group(1) + "/" + other[0]))).header("User-Agent", "Mozilla/5.0 (X11; Linux"
                    + " x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36").build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(click.statusCode()).isEqualTo(302);
            String received = get("/partenaire/index.xhtml").body();
            assertThat(received).as("the chart above the numbers, each day's bar titled with its counts")
                    .contains("aria-labelledby=\"received-chart-title received-chart-desc\"",
                            " : 1 redirection(s), 0 candidature(s)</title>");
            received = received.substring(received.indexOf("id=\"received\""));
            assertThat(received.substring(received.indexOf("<tfoot>"), received.indexOf("</tfoot>"))
                    .replaceAll("\\s+", "")).as("prints, clicks, accounts, applies").contains(
                    "<td>0</td><td>1</td><td>0</td><td>0</td>");

            HttpResponse<String> csv = get("/partenaire/statistiques.csv?partenaire=" + mine[0]);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.body()).startsWith("\uFEFFjour;sens;impressions;redirections;créations de compte;"
                    + "candidatures\r\n").containsPattern("\\d{4}-\\d{2}-\\d{2};reçus;0;1;0;0\r\n");

            assertThat(get("/partenaire/index.xhtml?partenaire=" + other[0]).statusCode()).isEqualTo(403);
            assertThat(get("/partenaire/statistiques.csv?partenaire=" + other[0]).statusCode()).isEqualTo(403);
            String current = get("/partenaire/index.xhtml").body();
            HttpResponse<String> tampered = post("/partenaire/index.xhtml", Map.of("keyForm", "keyForm",
                    "partenaire", other[0], "keyForm:renew", "Obtenir une nouvelle clé",
                    "jakarta.faces.ViewState", viewState(current)));
            assertThat(tampered.statusCode()).isEqualTo(403);
            assertThat(apiStatus(other[1])).as("the other partner's key still works").isEqualTo(200);

            HttpResponse<String> renewed = post("/partenaire/index.xhtml", Map.of("keyForm", "keyForm",
                    "partenaire", mine[0], "keyForm:renew", "Obtenir une nouvelle clé",
                    "jakarta.faces.ViewState", viewState(get("/partenaire/index.xhtml").body())));
            Matcher key = Pattern.compile("clé d.API est ([A-Za-z0-9_-]{43})").matcher(renewed.body());
            assertThat(key.find()).as(renewed.body()).isTrue();
            assertThat(apiStatus(mine[1])).isEqualTo(401);
            assertThat(apiStatus(key.group(1))).isEqualTo(200);
            assertThat(get("/partenaire/index.xhtml").body()).as("shown once").doesNotContain(key.group(1));
        }
    }

    /** An administrator changes a partner; a wrong value keeps the form, an unknown id is a 404. */
    @Test
    void anAdministratorChangesAPartner() throws Exception {
        String[] partner = post("/it/partners", Map.of("name", "Partenaire a modifier", "feed", "https://flux.example.org/a.xml"))
                .body().split(" ");
        logIn(post("/it/partners", Map.of("action", "admin", "password", PASSWORD)).body());
        String edit = "/partenaire.xhtml?id=" + partner[0];
        String form = get("/admin" + edit).body();
        assertThat(form).contains("Modifier le partenaire « Partenaire a modifier", "value=\"https://flux.example.org/a.xml\"",
                ">Bénévolat</option>", ">Volontariat (Service Civique)</option>");

        HttpResponse<String> refused = post("/admin/partenaire.xhtml", Map.of("publisherForm", "publisherForm",
                "id", partner[0], "publisherForm:name", " ", "publisherForm:missionType", "benevolat",
                "publisherForm:feedUrl", "https://flux.example.org/a.xml", "publisherForm:save", "Enregistrer",
                "jakarta.faces.ViewState", viewState(form)));
        assertThat(refused.body()).contains("Indiquez le nom du partenaire.");

        String[] announcer = post("/it/partners", Map.of("name", "Annonceur diffuse", "feed",
                "https://flux.example.org/c.xml")).body().split(" ");
        List<Map.Entry<String, String>> changed = new ArrayList<>(Map.of("publisherForm", "publisherForm",
                "id", partner[0], "publisherForm:name", "Nom changé", "publisherForm:missionType", "benevolat",
                "publisherForm:annonceur", "true", "publisherForm:feedUrl", "https://flux.example.org/b.xml",
                "publisherForm:save", "Enregistrer", "jakarta.faces.ViewState", viewState(refused.body()))
                .entrySet());
        changed.add(Map.entry("publisherForm:apiRights", "true"));
        changed.add(Map.entry("publisherForm:diffusedAnnouncers", Publisher.PLATFORM_ID));
        changed.add(Map.entry("publisherForm:diffusedAnnouncers", announcer[0]));
        HttpResponse<String> saved = post("/admin/partenaire.xhtml", changed);
        assertThat(saved.uri().toString()).contains("/admin/partenaires.xhtml");
        assertThat(saved.body()).contains("Partenaire « Nom changé", "https://flux.example.org/b.xml");
        String again = get("/admin" + edit).body();
        assertThat(again).contains("value=\"Nom changé\"", "value=\"https://flux.example.org/b.xml\"");
        assertThat(diffused(again)).as("the announcers it diffuses, kept checked")
                .containsExactlyInAnyOrder(Publisher.PLATFORM_ID, announcer[0]).doesNotContain(partner[0]);
        HttpClient partnerBrowser = loggedIn(post("/it/partners", Map.of("action", "partner", "id", partner[0],
                "password", PASSWORD)).body());
        String space = get(partnerBrowser, "/partenaire/index.xhtml").body();
        String diffusion = space.substring(space.indexOf("id=\"diffusion\""), space.indexOf("id=\"statistiques\""));
        assertThat(diffusion).as("its space shows what it diffuses").contains("Missions que vous diffusez",
                "Annonceur diffuse", "Engagement Civique", "Diffuseurs de vos missions", "Aucun diffuseur");
        Matcher matomo = Pattern.compile("<input[^>]*name=\"publisherForm:matomoParams\"[^>]*>").matcher(again);
        assertThat(matomo.find()).isTrue();
        assertThat(matomo.group()).as("left unchecked").doesNotContain("checked");

        assertThat(get("/admin/partenaire.xhtml?id=inconnu").statusCode()).isEqualTo(404);
    }

    /** An administrator deletes a partner: its key, its missions and its page go; a second try is a 404. */
    @Test
    void anAdministratorDeletesAPartner() throws Exception {
        String[] leaving = post("/it/partners", Map.of("name", "Partenaire a supprimer", "feed",
                "https://flux.example.org/d.xml")).body().split(" ");
        createMission(leaving[1], "leaving-1");
        logIn(post("/it/partners", Map.of("action", "admin", "password", PASSWORD)).body());

        // the platform diffuses it and it diffuses the platform: two roots that must go with it
        List<Map.Entry<String, String>> roots = new ArrayList<>(Map.of("publisherForm", "publisherForm",
                "id", leaving[0], "publisherForm:name", "Partenaire a supprimer", "publisherForm:missionType",
                "benevolat", "publisherForm:annonceur", "true", "publisherForm:diffusedByPlatform", "true",
                "publisherForm:apiRights", "true", "publisherForm:save", "Enregistrer",
                "jakarta.faces.ViewState", viewState(get("/admin/partenaire.xhtml?id=" + leaving[0]).body()))
                .entrySet());
        roots.add(Map.entry("publisherForm:diffusedAnnouncers", Publisher.PLATFORM_ID));
        assertThat(post("/admin/partenaire.xhtml", roots).uri().toString()).contains("/admin/partenaires.xhtml");
        String edit = get("/admin/partenaire.xhtml?id=" + leaving[0]).body();
        assertThat(edit).contains("Supprimer ce partenaire", "Cette suppression ne s'annule pas");
        HttpResponse<String> deleted = post("/admin/partenaire.xhtml", Map.of("deleteForm", "deleteForm",
                "id", leaving[0], "deleteForm:delete", "Supprimer ce partenaire",
                "jakarta.faces.ViewState", viewState(edit)));
        assertThat(deleted.uri().toString()).contains("/admin/partenaires.xhtml");
        assertThat(deleted.body()).contains("Partenaire « Partenaire a supprimer", "» supprimé : 1 mission(s)"
                + " retirée(s) du catalogue, 2 règle(s) de diffusion supprimée(s). Sa clé d'API ne fonctionne plus.");
        assertThat(apiStatus(leaving[1])).isEqualTo(401);
        assertThat(post("/it/partners", Map.of("action", "mission", "id", leaving[0], "clientId", "leaving-1"))
                .body()).isEqualTo("deleted");
        assertThat(get("/admin/partenaire.xhtml?id=" + leaving[0]).statusCode()).isEqualTo(404);
    }

    /**
     * The watch finds a visitor that only clicks; an administrator blocks it on its page: its clicks leave the
     * broadcaster's statistics, a later one is not counted, and unblocking puts them all back.
     */
    @Test
    void anAdministratorBlocksARobotAndItsClicksLeaveThePartnersStatistics() throws Exception {
        String[] announcer = post("/it/partners", Map.of("name", "Annonceur visité", "feed",
                "https://flux.example.org/visite.xml")).body().split(" ");
        String[] broadcaster = post("/it/partners", Map.of("name", "Diffuseur du robot", "feed",
                "https://flux.example.org/robot.xml")).body().split(" ");
        List<String> missions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            missions.add(createMission(announcer[1], "robot-" + i));
        }
        // a browser's user agent (a robot that says so is never recorded), of this run alone
        String agent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0."
                + System.nanoTime() % 1_000_000 + ".0 Safari/537.36";
        click(missions.get(0), broadcaster[0], agent);
        click(missions.get(1), broadcaster[0], agent);
        // the announcer's space counts the clicks it received (the broadcaster here is no diffuseur of its own)
        String partner = post("/it/partners", Map.of("action", "partner", "id", announcer[0], "password",
                PASSWORD)).body();
        String admin = post("/it/partners", Map.of("action", "admin", "password", PASSWORD)).body();
        HttpClient partnerBrowser = loggedIn(partner);
        assertThat(receivedCsv(partnerBrowser, announcer[0])).contains(";reçus;0;2;0;0");

        logIn(admin);
        String page = get("/admin/robots.xhtml").body();
        assertThat(page).contains("Robots suspects").doesNotContain(agent);
        String watched = post("/admin/robots.xhtml", Map.of("botsForm", "botsForm", "botsForm:watchNow",
                "Lancer la détection maintenant", "jakarta.faces.ViewState", viewState(page))).body();
        assertThat(watched).contains("Détection terminée", agent, "Diffuseur du robot");
        String blocked = press(watched, agent, "Bloquer");
        assertThat(blocked).contains("Visiteur bloqué : 2 événement(s) retiré(s) des statistiques des partenaires.");
        assertThat(blocked.substring(blocked.indexOf("id=\"blocked\""))).contains(agent, "Bloqué le");
        click(missions.get(2), broadcaster[0], agent); // still sent on, with a click id

        assertThat(receivedCsv(partnerBrowser, announcer[0])).doesNotContain(";reçus;0;1;", ";reçus;0;2;",
                ";reçus;0;3;");

        String unblocked = press(get("/admin/robots.xhtml").body(), agent, "Débloquer");
        assertThat(unblocked).contains("Visiteur débloqué : 3 événement(s) remis dans les statistiques");
        assertThat(receivedCsv(partnerBrowser, announcer[0])).contains(";reçus;0;3;0;0");
    }

    /** A click on a tracked link: the click id given to the announcer's page. */
    private String click(String mission, String broadcaster, String agent) throws Exception {
        HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/r/"
                + mission + "/" + broadcaster))).header("User-Agent", agent).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElse("");
        assertThat(location).contains("apiengagement_id=");
        return location;
    }

    /** The ids of the announcers ticked in a partner's form. */
    private static List<String> diffused(String form) {
        List<String> ids = new ArrayList<>();
        Matcher box = Pattern.compile("<input[^>]*name=\"publisherForm:diffusedAnnouncers\"[^>]*>").matcher(form);
        while (box.find()) {
            Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(box.group());
            if (box.group().contains("checked") && value.find()) {
                ids.add(value.group(1));
            }
        }
        return ids;
    }

    /** A second browser, logged in as someone else than this test's {@link #http}. */
    private HttpClient loggedIn(String email) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        logIn(browser, email);
        return browser;
    }

    /** A mission of the valid v2 shape, created with the announcer's key; answers its id. */
    private String createMission(String key, String clientId) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/v2/mission"))).header("x-api-key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MissionV2IT.VALID.formatted(clientId))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.createReader(new java.io.StringReader(created.body())).readObject().getJsonObject("data")
                .getString("id");
    }

    private String receivedCsv(HttpClient browser, String publisher) throws Exception {
        HttpResponse<String> csv = get(browser, "/partenaire/statistiques.csv?partenaire=" + publisher);
        assertThat(csv.statusCode()).isEqualTo(200);
        return csv.body();
    }

    /** Presses the button of the robots page's row that shows this user agent. */
    private String press(String page, String agent, String button) throws Exception {
        Matcher row = Pattern.compile("<input[^>]*name=\"(botsForm:[^\"]+)\"[^>]*value=\"" + button + "\"")
                .matcher(page.substring(page.indexOf(agent)));
        assertThat(row.find()).as("the row's button").isTrue();
        return post("/admin/robots.xhtml", Map.of("botsForm", "botsForm", row.group(1), button,
                "jakarta.faces.ViewState", viewState(page))).body();
    }
}
