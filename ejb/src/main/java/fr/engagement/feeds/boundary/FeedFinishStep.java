package fr.engagement.feeds.boundary;

import fr.engagement.feeds.control.FeedImportLedger;
import fr.engagement.partners.boundary.Catalogue;
import fr.engagement.partners.entity.FeedImport;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.time.Clock;

/**
 * Step 3, reached only after a scan that found importable missions and chunks that all committed: the publisher's
 * missions this import did not see are soft-deleted, and the import closes as SUCCESS with the catalogue's counts.
 */
@Named("feedFinishStep")
public class FeedFinishStep extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    Catalogue catalogue;

    @Inject
    FeedImportLedger ledger;

    @Inject
    FeedSettings settings;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public String process() throws Exception {
        long importId = ImportJob.importId(job);
        FeedImport i = ledger.find(importId);
        int deleted = catalogue.softDeleteMissing(i.getPublisherId(), i.getStartedAt(), clock.instant());
        Catalogue.Counts counts = catalogue.counts(i.getPublisherId());
        ledger.succeed(importId, deleted, counts.missions(), counts.refused(), clock.instant());
        Files.deleteIfExists(settings.feedFile(importId));
        return "COMPLETED";
    }
}
