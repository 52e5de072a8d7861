package fr.engagement.feeds.boundary;

import fr.engagement.feeds.control.FeedImportLedger;
import fr.engagement.partners.boundary.Catalogue;
import fr.engagement.partners.control.MissionDraft;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.FeedImportRefusal;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes a chunk into the catalogue and adds its counts and refusals to the import, in the chunk's transaction:
 * the counters a screen reads grow chunk by chunk, and match what is committed.
 */
@Named("feedMissionWriter")
public class FeedMissionWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    Catalogue catalogue;

    @Inject
    FeedImportLedger ledger;

    @Override
    public void writeItems(List<Object> items) {
        long importId = ImportJob.importId(job);
        FeedImport feedImport = ledger.find(importId);
        List<MissionDraft> drafts = items.stream().map(MissionDraft.class::cast).toList();
        Catalogue.ChunkResult r = catalogue.upsert(feedImport.getPublisherId(), drafts, feedImport.getStartedAt());
        ledger.progress(importId, drafts.size(), r.created(), r.updated(), r.unchanged(), r.refusals().stream()
                .map(x -> new FeedImportRefusal(importId, x.clientId(), x.title(), x.reason())).toList());
    }
}
