package fr.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("it.http.port", "28080") + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
