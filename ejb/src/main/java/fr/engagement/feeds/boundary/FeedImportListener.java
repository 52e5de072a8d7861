package fr.engagement.feeds.boundary;

import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A step that throws (a database failure in a chunk, say) closes the import as FAILED with the cause: nothing is
 * deleted, since the cleanup step is never reached. The downloaded file stays for a restart of the job.
 */
@Dependent
@Named("feedImportListener")
public class FeedImportListener implements StepListener {

    private static final Logger LOG = Logger.getLogger(FeedImportListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    FeedChunks chunks;

    @Inject
    Clock clock;

    @Override
    public void beforeStep() {
        // nothing to prepare
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure == null) {
            return;
        }
        long importId = ImportJob.importId(job);
        LOG.log(Level.WARNING, "Feed import " + importId + " failed in step " + step.getStepName(), failure);
        chunks.fail(importId, "500 - Import interrupted: " + failure, clock.instant());
    }
}
