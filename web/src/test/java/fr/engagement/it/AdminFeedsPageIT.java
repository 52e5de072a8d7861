package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.it.support.Eventually;
import fr.engagement.it.support.FeedServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin page of partner feeds over HTTP, as an administrator's browser uses it: log in, see the announcers
 * with a feed, start an import (post-redirect-get), follow it to its result. Only administrators get in.
 */
@ExtendWith(ArquillianExtension.class)
class AdminFeedsPageIT {

    private static final String PASSWORD = "Flux-Admin-2026!";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(AdminFeedsPageIT.class);
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private String url(String path) {
        return "http://127.0.0.1:" + base.getPort() + base.getPath().replaceAll("/$", "") + path;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertThat(m.find()).as("a Faces form").isTrue();
        return m.group(1).replace("&#58;", ":");
    }

    private void logIn(String admin) throws Exception {
        String login = get("/connexion.xhtml").body();
        HttpResponse<String> logged = post("/connexion.xhtml", Map.of("loginForm", "loginForm",
                "loginForm:email", admin, "loginForm:password", PASSWORD, "loginForm:login", "Se connecter",
                "jakarta.faces.ViewState", viewState(login)));
        assertThat(logged.statusCode()).isEqualTo(200);
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
                "publisherForm:receivesPlatform", "true", "publisherForm:create", "Ajouter le partenaire",
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
            String done = Eventually.get(Duration.ofSeconds(120), "import shown as done", () -> {
                try {
                    String body = get(importPage).body();
                    return body.contains("Réussi") || body.contains("Échec") ? Optional.of(body) : Optional.empty();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(done).contains("Réussi", "créées : 1");
        }
    }
}
