package fr.engagement.feeds.boundary;

import fr.engagement.feeds.control.FeedImportLedger;
import fr.engagement.feeds.control.FeedMissionMapper;
import fr.engagement.partners.boundary.AnnouncerMissions;
import fr.engagement.partners.control.MissionDraft;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.FeedImportRefusal;
import fr.engagement.partners.entity.Publisher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The database work of the chunk step, each call in its own transaction. The batch runtime wraps every chunk in a
 * transaction that holds its own job repository connection; the application's (non-XA) datasource cannot join it,
 * so the chunk's writes commit here, just before the runtime commits its checkpoint. Should the checkpoint then
 * fail, a restart writes that chunk again, which the upsert by (publisher, clientId) makes harmless.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FeedChunks {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FeedChunks.class.getName());

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    AnnouncerMissions catalogue;

    @Inject
    FeedImportLedger ledger;

    @Inject
    FeedSettings settings;

    /** Where an import's feed is and how to read it: the publisher's feed URL, credentials, type and logo. */
    public record Source(String publisherId, String url, String username, String password, String missionType,
            String defaultLogo) {}

    public Source source(long importId) {
        Publisher p = em.find(Publisher.class, em.find(FeedImport.class, importId).getPublisherId());
        return new Source(p.getId(), p.getFeedUrl(), p.getFeedUsername(), p.getFeedPassword(), p.getMissionType(),
                p.getDefaultMissionLogo());
    }

    /** Records the missions a scan found unimportable (no clientId, repeated clientId). */
    public void skipped(List<FeedImportRefusal> refusals) {
        refusals.forEach(em::persist);
    }

    /** The mapper of the import's publisher (its mission type and default logo). */
    public FeedMissionMapper mapper(long importId) {
        Publisher p = em.find(Publisher.class, em.find(FeedImport.class, importId).getPublisherId());
        return new FeedMissionMapper(p.getMissionType(), p.getDefaultMissionLogo());
    }

    /** Upserts a chunk and adds its counts and refusals to the import, in one transaction. */
    public void write(long importId, List<MissionDraft> drafts) {
        FeedImport feedImport = ledger.find(importId);
        AnnouncerMissions.ChunkResult r = catalogue.upsert(feedImport.getPublisherId(), drafts, feedImport.getStartedAt());
        ledger.progress(importId, drafts.size(), r.created(), r.updated(), r.unchanged(), r.refusals().stream()
                .map(x -> new FeedImportRefusal(importId, x.clientId(), x.title(), x.reason())).toList());
    }

    /**
     * The last step: soft-deletes the publisher's missions the feed no longer has ({@code clientIds}: those it has),
     * marks the publisher synchronised at the import's start, and closes the import as SUCCESS with the catalogue's
     * counts, in one transaction. Answers how many were deleted.
     */
    public int finish(long importId, java.util.Set<String> clientIds, java.time.Instant now) {
        FeedImport i = ledger.find(importId);
        int deleted = catalogue.softDeleteMissing(i.getPublisherId(), clientIds, i.getStartedAt(), now);
        em.find(Publisher.class, i.getPublisherId()).feedSynced(i.getStartedAt());
        AnnouncerMissions.Counts counts = catalogue.counts(i.getPublisherId());
        ledger.succeed(importId, deleted, counts.missions(), counts.refused(), now);
        ledger.pruneRefusals(i.getPublisherId(), settings.refusalsKept());
        LOG.info(() -> "Feed import " + importId + " of " + i.getPublisherId() + " done in "
                + java.time.Duration.between(i.getStartedAt(), now).toMillis() + " ms: " + i.getReceivedCount()
                + " received, " + i.getCreatedCount() + " created, " + i.getUpdatedCount() + " updated, "
                + i.getUnchangedCount() + " unchanged, " + deleted + " deleted");
        return deleted;
    }

    /** Closes a still running import as FAILED with that error and the catalogue's counts; deletes nothing. */
    public void fail(long importId, String error, java.time.Instant now) {
        FeedImport i = ledger.find(importId);
        AnnouncerMissions.Counts counts = catalogue.counts(i.getPublisherId());
        ledger.fail(importId, error, counts.missions(), counts.refused(), now);
        ledger.pruneRefusals(i.getPublisherId(), settings.refusalsKept());
    }
}
