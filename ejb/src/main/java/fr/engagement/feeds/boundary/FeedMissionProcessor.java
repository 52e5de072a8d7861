package fr.engagement.feeds.boundary;

import fr.engagement.feeds.control.FeedMissionMapper;
import fr.engagement.feeds.control.XmlNode;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.Publisher;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A {@code <mission>} element to a draft, with the publisher's mission type and default logo. */
@Named("feedMissionProcessor")
public class FeedMissionProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    private FeedMissionMapper mapper;

    @Override
    public Object processItem(Object item) {
        if (mapper == null) {
            FeedImport i = em.find(FeedImport.class, ImportJob.importId(job));
            Publisher p = em.find(Publisher.class, i.getPublisherId());
            mapper = new FeedMissionMapper(p.getMissionType(), p.getDefaultMissionLogo());
        }
        return mapper.map((XmlNode) item);
    }
}
