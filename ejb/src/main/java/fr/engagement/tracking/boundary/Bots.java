package fr.engagement.tracking.boundary;

import fr.engagement.accounts.control.Actors;
import fr.engagement.partners.entity.BotSuspect;
import fr.engagement.platform.entity.NotFoundException;
import fr.engagement.tracking.control.BlockedVisitors;
import fr.engagement.tracking.control.BotFlags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The administrators' decisions on the robots the watch found ({@link BotWatch}): blocking a visitor flags all its
 * events as a robot's, takes them out of the statistics the partners read, and flags its later clicks as they come;
 * unblocking puts them back. Both are idempotent.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Bots {

    private static final int LISTED = 200;

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    BotFlags flags;

    @Inject
    BlockedVisitors blocked;

    @Inject
    BotWatch watch;

    @Inject
    Actors actors;

    @Inject
    Clock clock;

    /** A suspect with the name of the broadcaster its clicks came from. */
    public record Listed(BotSuspect suspect, String broadcaster) {}

    /** The suspects not blocked, the most recently seen first. */
    public List<Listed> suspects() {
        return listed("b.blockedAt IS NULL ORDER BY b.detectedAt DESC, b.clickCount DESC");
    }

    /** The blocked visitors, the latest decision first. */
    public List<Listed> blockedOnes() {
        return listed("b.blockedAt IS NOT NULL ORDER BY b.blockedAt DESC");
    }

    private List<Listed> listed(String whereAndOrder) {
        return em.createQuery("SELECT b, p.name FROM BotSuspect b LEFT JOIN Publisher p ON p.id = b.fromPublisherId"
                + " WHERE " + whereAndOrder, Object[].class).setMaxResults(LISTED).getResultStream()
                .map(row -> new Listed((BotSuspect) row[0], (String) row[1])).toList();
    }

    /** The number of events taken out of the statistics (0 when it was blocked already). */
    public int block(String userHash) {
        BotSuspect suspect = find(userHash);
        if (!suspect.block(actors.current().name(), clock.instant())) {
            return 0;
        }
        int flagged = flags.flag(userHash, true, null);
        blocked.changed(userHash, true);
        return flagged;
    }

    /** The number of events put back in the statistics (0 when it was not blocked). */
    public int unblock(String userHash) {
        BotSuspect suspect = find(userHash);
        if (!suspect.unblock()) {
            return 0;
        }
        int restored = flags.flag(userHash, false, null);
        blocked.changed(userHash, false);
        return restored;
    }

    /** The watch, run now rather than at the next hour. */
    public int watchNow() {
        return watch.watch();
    }

    private BotSuspect find(String userHash) {
        BotSuspect suspect = userHash == null ? null
                : em.find(BotSuspect.class, userHash, LockModeType.PESSIMISTIC_WRITE);
        if (suspect == null) {
            throw new NotFoundException("Ce visiteur n'est pas dans la liste des robots suspects.");
        }
        return suspect;
    }
}
