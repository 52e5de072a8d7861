package fr.engagement.feeds.boundary;

import fr.engagement.feeds.control.FeedFetcher;
import fr.engagement.feeds.control.FeedLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The import's settings (MicroProfile Config: system properties, environment, microprofile-config.properties).
 * {@code partners.feed.allowed-hosts} names hosts that may resolve to local or private addresses (empty by
 * default: production fetches public hosts only; tests allow 127.0.0.1).
 */
@ApplicationScoped
public class FeedSettings {

    @Inject
    @ConfigProperty(name = "partners.feed.allowed-hosts", defaultValue = " ")
    String allowedHosts;

    @Inject
    @ConfigProperty(name = "partners.feed.max-bytes", defaultValue = "104857600")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "partners.feed.max-missions", defaultValue = "200000")
    int maxMissions;

    @Inject
    @ConfigProperty(name = "partners.feed.connect-timeout-seconds", defaultValue = "10")
    int connectTimeout;

    @Inject
    @ConfigProperty(name = "partners.feed.read-timeout-seconds", defaultValue = "60")
    int readTimeout;

    @Inject
    @ConfigProperty(name = "partners.import.chunk-size", defaultValue = "1000")
    int chunkSize;

    @Inject
    @ConfigProperty(name = "partners.import.schedule", defaultValue = "15 */6 * * *")
    String schedule;

    /** Each import lists every refused mission of its feed: only the publisher's last imports keep their list. */
    @Inject
    @ConfigProperty(name = "partners.import.refusals-kept", defaultValue = "10")
    int refusalsKept;

    @Inject
    @ConfigProperty(name = "partners.import.tmp-dir")
    Optional<String> tmpDir;

    public FeedLimits limits() {
        return FeedLimits.defaults().withMaxBytes(maxBytes).withMaxMissions(maxMissions);
    }

    public FeedFetcher fetcher() {
        Set<String> hosts = Arrays.stream(allowedHosts.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        return new FeedFetcher(hosts, Duration.ofSeconds(connectTimeout), Duration.ofSeconds(readTimeout), maxBytes);
    }

    public int chunkSize() {
        return chunkSize;
    }

    public String schedule() {
        return schedule;
    }

    public int refusalsKept() {
        return refusalsKept;
    }

    /** The downloaded feed of an import, under java.io.tmpdir: a restarted job finds it again. */
    public java.nio.file.Path feedFile(long importId) {
        return java.nio.file.Path.of(tmpDir.orElse(System.getProperty("java.io.tmpdir")),
                "feed-import-" + importId + ".xml");
    }

    /** The clientIds of the scanned feed ({@link fr.engagement.feeds.control.FeedClientIds}), beside the feed. */
    public java.nio.file.Path clientIdsFile(long importId) {
        java.nio.file.Path feed = feedFile(importId);
        return feed.resolveSibling(feed.getFileName() + ".ids");
    }
}
