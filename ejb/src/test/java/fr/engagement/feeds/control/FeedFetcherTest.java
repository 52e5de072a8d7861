package fr.engagement.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FeedFetcherTest {

    private final FeedFetcher fetcher = new FeedFetcher(Set.of(" 127.0.0.1 "), Duration.ofSeconds(1),
            Duration.ofSeconds(1), 1000);

    @Test
    void localPrivateAndSpecialAddressesAreForbidden() throws Exception {
        for (String ip : new String[] {"127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "192.168.1.1",
            "169.254.169.254", "0.0.0.0", "224.0.0.1", "100.64.0.1", "::1", "fe80::1", "fc00::1", "fd12::1"}) {
            assertThat(CheckedDns.forbidden(InetAddress.getByName(ip))).as(ip).isTrue();
        }
        for (String ip : new String[] {"8.8.8.8", "193.51.24.1", "2001:4860:4860::8888", "172.32.0.1"}) {
            assertThat(CheckedDns.forbidden(InetAddress.getByName(ip))).as(ip).isFalse();
        }
    }

    @Test
    void urlsAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> fetcher.check(URI.create("http://10.1.2.3/feed.xml")))
                .hasMessageStartingWith("500 - Forbidden address: 10.1.2.3");
        assertThatThrownBy(() -> fetcher.check(URI.create("http://localhost:8080/feed.xml")))
                .as("allow-listed by address, not by a name resolving to it")
                .hasMessageStartingWith("500 - Forbidden address: localhost");
        assertThatThrownBy(() -> fetcher.check(URI.create("file:///etc/passwd")))
                .hasMessageStartingWith("500 - Unsupported feed URL scheme");
        assertThatThrownBy(() -> fetcher.check(URI.create("ftp://example.org/feed.xml")))
                .hasMessageStartingWith("500 - Unsupported feed URL scheme");
        assertThatCode(() -> fetcher.check(URI.create("http://127.0.0.1:9/feed.xml"))).doesNotThrowAnyException();
    }

    @Test
    void reasonPhrases() {
        assertThat(FeedFetcher.reason(404)).isEqualTo("Not Found");
        assertThat(FeedFetcher.reason(503)).isEqualTo("Service Unavailable");
        assertThat(FeedFetcher.reason(418)).isEqualTo("HTTP 418");
    }

    @Test
    void theConnectionGoesToTheAddressesItsResolverChecked() throws Exception {
        byte[] feed = "<source></source>".getBytes(StandardCharsets.UTF_8);
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
        server.start();
        Path target = Files.createTempFile("feed", ".xml");
        try {
            String url = "http://feeds.example:" + server.getAddress().getPort() + "/feed.xml";
            // a name that does not exist for the system's resolver: only the fetcher's resolver gives it an address
            FeedFetcher allowed = new FeedFetcher(Set.of("feeds.example"), Duration.ofSeconds(1),
                    Duration.ofSeconds(1), 1000, host -> new InetAddress[] {InetAddress.getLoopbackAddress()});
            allowed.fetch(url, null, null, target);
            assertThat(Files.readAllBytes(target)).isEqualTo(feed);
            assertThat(hits).hasValue(1);

            // DNS rebinding: a public address when checked, the loopback when asked again for the connection
            AtomicInteger lookups = new AtomicInteger();
            FeedFetcher rebound = new FeedFetcher(Set.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), 1000,
                    host -> new InetAddress[] {lookups.getAndIncrement() == 0 ? InetAddress.getByName("192.0.2.10")
                            : InetAddress.getLoopbackAddress()});
            assertThatThrownBy(() -> rebound.fetch(url, null, null, target))
                    .hasMessage("500 - Forbidden address: feeds.example resolves to a local or private address"
                            + " (127.0.0.1)");
            assertThat(lookups.get()).as("checked, then resolved again for the connection").isEqualTo(2);
            assertThat(hits).as("the internal server was never reached").hasValue(1);
        } finally {
            server.stop(0);
            Files.deleteIfExists(target);
        }
    }
}
