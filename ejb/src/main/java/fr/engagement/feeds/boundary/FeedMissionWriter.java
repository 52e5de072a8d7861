package fr.engagement.feeds.boundary;

import fr.engagement.partners.control.MissionDraft;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes a chunk into the catalogue and adds its counts and refusals to the import ({@link FeedChunks}): the
 * counters a screen reads grow chunk by chunk, and match what is committed.
 */
@Dependent
@Named("feedMissionWriter")
public class FeedMissionWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    FeedChunks chunks;

    @Override
    public void writeItems(List<Object> items) {
        chunks.write(ImportJob.importId(job), items.stream().map(MissionDraft.class::cast).toList());
    }
}
