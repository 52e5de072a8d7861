package fr.engagement.feeds.boundary;

import fr.engagement.feeds.control.FeedClientIds;
import fr.engagement.feeds.control.FeedException;
import fr.engagement.feeds.control.FeedFetcher;
import fr.engagement.feeds.control.FeedMissionMapper;
import fr.engagement.feeds.control.FeedScan;
import fr.engagement.partners.entity.FeedImportRefusal;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Step 1: downloads the publisher's feed into a file and scans it whole. A feed that cannot be fetched, parsed, or
 * that holds no importable mission closes the import as FAILED with the peer's error text, and the job ends there:
 * nothing is written or deleted.
 */
@Dependent
@Named("feedFetchStep")
public class FeedFetchStep extends AbstractBatchlet {

    static final String FAILED = "FAILED";
    private static final Logger LOG = Logger.getLogger(FeedFetchStep.class.getName());

    @Inject
    JobContext job;

    @Inject
    FeedSettings settings;

    @Inject
    FeedChunks chunks;

    @Inject
    Clock clock;

    @Override
    public String process() {
        long importId = ImportJob.importId(job);
        FeedChunks.Source source = chunks.source(importId);
        Path file = settings.feedFile(importId);
        try {
            if (source.url() == null || source.url().isBlank()) {
                throw new FeedFetcher.FetchFailed("No feed URL");
            }
            settings.fetcher().fetch(source.url(), source.username(), source.password(), file);
            FeedScan.Result scan = FeedScan.scan(file, settings.limits(), new FeedMissionMapper(
                    source.missionType(), source.defaultLogo()));
            FeedClientIds.write(settings.clientIdsFile(importId), scan.clientIds());
            chunks.skipped(scan.skipped().stream()
                    .map(s -> new FeedImportRefusal(importId, s.clientId(), s.title(), s.reason())).toList());
            LOG.info(() -> "Feed of " + source.publisherId() + ": " + scan.missions() + " missions, "
                    + scan.importable() + " importable");
            return "SCANNED";
        } catch (IOException e) {
            fail(importId, source.publisherId(), "500 - cannot keep the feed's clientIds (" + e.getMessage() + ")",
                    file);
        } catch (FeedFetcher.FetchFailed | FeedException e) {
            fail(importId, source.publisherId(), e.getMessage(), file);
        } catch (RuntimeException e) {
            fail(importId, source.publisherId(), "500 - " + e, file);
        }
        job.setExitStatus(FAILED);
        return FAILED;
    }

    private void fail(long importId, String publisherId, String error, Path file) {
        LOG.warning(() -> "Feed import " + importId + " of " + publisherId + " failed: " + error);
        chunks.fail(importId, error, clock.instant());
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(settings.clientIdsFile(importId));
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete " + file + ": " + e.getMessage());
        }
    }
}
