package fr.engagement.feeds.boundary;

import fr.engagement.feeds.control.FeedMissionMapper;
import fr.engagement.feeds.control.XmlNode;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A {@code <mission>} element to a draft, with the publisher's mission type and default logo. */
@Dependent
@Named("feedMissionProcessor")
public class FeedMissionProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    FeedChunks chunks;

    private FeedMissionMapper mapper;

    @Override
    public Object processItem(Object item) {
        if (mapper == null) {
            mapper = chunks.mapper(ImportJob.importId(job));
        }
        return mapper.map((XmlNode) item);
    }
}
