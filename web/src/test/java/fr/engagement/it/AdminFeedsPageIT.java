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

            String login = get("/connexion.xhtml").body();
            HttpResponse<String> logged = post("/connexion.xhtml", Map.of("loginForm", "loginForm",
                    "loginForm:email", admin, "loginForm:password", PASSWORD, "loginForm:login", "Se connecter",
                    "jakarta.faces.ViewState", viewState(login)));
            assertThat(logged.statusCode()).isEqualTo(200);

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
