package fr.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the EAR exactly as built onto Payara Server (full), so the packaging for the full server never breaks
 * unnoticed while day-to-day work runs on Payara Micro. Checked from outside, over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class EarDeploymentIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("it.ear", "target/engagement.ear")));
    }

    @Test
    void readyOnceTheDatabaseAnswers() throws Exception {
        HttpResponse<String> ready = get("/health/ready");

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("\"UP\"");
    }

    @Test
    void alive() throws Exception {
        HttpResponse<String> live = get("/health/live");

        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        assertThat(live.body()).contains("\"engagement\"");
    }

    @Test
    void homePageNamesTheService() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        assertThat(home.body()).contains("Engagement Civique");
    }

    @Test
    void loginPageRenders() throws Exception {
        HttpResponse<String> login = get("/connexion.xhtml");

        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.body()).contains("Engagement Civique").contains("<form");
    }

    @Test
    void partnerApiAnswersTheContractsEnvelopeAndServesItsDocuments() throws Exception {
        HttpResponse<String> anonymous = get("/v0/mission");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"code\":\"UNAUTHORIZED\"");
        assertThat(get("/openapi").body()).contains("/v0/mission/search").contains("/v2/import");
        assertThat(get("/jstag.js").body()).contains("apieng");
        assertThat(get("/r/unknown-mission/unknown-publisher").statusCode()).isEqualTo(302);
    }

    /**
     * The feed import is a Jakarta Batch job declared in the EJB jar: on Payara Server the EAR must find it there.
     * An announcer (written in the database, as an admin would create it) imports the reference feed served here.
     */
    @Test
    void aFeedImportRunsAsABatchJobOnTheServer() throws Exception {
        String key = "ear-annonceur-cle-api-0000000000000000000000";
        HttpServer feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] xml = EarDeploymentIT.class.getResourceAsStream("/feeds/correct-feed.xml").readAllBytes();
        feed.createContext("/feed.xml", exchange -> {
            exchange.sendResponseHeaders(200, xml.length);
            try (var out = exchange.getResponseBody()) {
                out.write(xml);
            }
        });
        feed.start();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                + System.getProperty("it.db.port", "3326") + "/engagement", "root", "x");
                PreparedStatement p = c.prepareStatement("INSERT INTO publisher (id, name, annonceur, feed_url,"
                        + " api_key_hash, created_at, updated_at) VALUES ('ea0000000000000000000001', 'Annonceur EAR',"
                        + " TRUE, ?, SHA2(?, 256), NOW(6), NOW(6))")) {
            p.setString(1, "http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml");
            p.setString(2, key);
            p.executeUpdate();

            HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/v2/import")).header("x-api-key", key)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(started.body());
            assertThat(id.find()).as(started.body()).isTrue();
            String progress = "";
            for (int i = 0; i < 120 && !progress.contains("\"SUCCESS\"") && !progress.contains("\"FAILED\""); i++) {
                Thread.sleep(500);
                progress = send(HttpRequest.newBuilder(uri("/v2/import/" + id.group(1))).header("x-api-key", key)
                        .GET()).body();
            }
            assertThat(progress).contains("\"SUCCESS\"").contains("\"createdCount\":1");
            assertThat(send(HttpRequest.newBuilder(uri("/v0/mymission")).header("x-api-key", key).GET()).body())
                    .contains("\"total\":1");
        } finally {
            feed.stop(0);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + System.getProperty("it.http.port", "28080") + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }
}
