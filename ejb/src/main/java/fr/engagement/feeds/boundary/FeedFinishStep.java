package fr.engagement.feeds.boundary;

import fr.engagement.feeds.control.FeedClientIds;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.time.Clock;

/**
 * Step 3, reached only after a scan that found importable missions and chunks that all committed: the publisher's
 * missions this import did not see are soft-deleted, and the import closes as SUCCESS with the catalogue's counts.
 */
@Dependent
@Named("feedFinishStep")
public class FeedFinishStep extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    FeedChunks chunks;

    @Inject
    FeedSettings settings;

    @Inject
    Clock clock;

    @Override
    public String process() throws Exception {
        long importId = ImportJob.importId(job);
        chunks.finish(importId, FeedClientIds.read(settings.clientIdsFile(importId)), clock.instant());
        Files.deleteIfExists(settings.feedFile(importId));
        Files.deleteIfExists(settings.clientIdsFile(importId));
        return "COMPLETED";
    }
}
