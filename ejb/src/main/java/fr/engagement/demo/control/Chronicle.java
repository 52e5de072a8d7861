package fr.engagement.demo.control;

import fr.engagement.accounts.control.Actor;
import fr.engagement.accounts.entity.Account;
import fr.engagement.audit.entity.StatusChange;
import fr.engagement.audit.entity.SubjectType;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The status history of the demo's objects, with the moments and people of their stories. Lines are kept until
 * the objects have their ids (one flush for all, rather than one per object), then written as the history
 * recorder writes them; no event is fired, so no mail is queued for invented people.
 */
final class Chronicle {

    private record Line(SubjectType type, Supplier<Long> subjectId, Enum<?> from, Enum<?> to, Account actor,
            String comment, Instant at) {}

    private final List<Line> lines = new ArrayList<>();

    /** {@code actor} null means the platform itself (automatic moves and scheduled jobs). */
    void record(SubjectType type, Supplier<Long> subjectId, Enum<?> from, Enum<?> to, Account actor, String comment,
            Instant at) {
        lines.add(new Line(type, subjectId, from, to, actor, comment, at));
    }

    /** Writes the lines; the caller has flushed, so every subject and actor has its id. */
    int writeTo(EntityManager em) {
        for (Line l : lines) {
            String name = l.actor == null ? Actor.SYSTEM.name() : l.actor.fullName();
            em.persist(new StatusChange(l.type, l.subjectId.get(), l.from == null ? null : l.from.name(),
                    l.to.name(), l.actor == null ? null : l.actor.getId(), name, l.comment, l.at));
        }
        int written = lines.size();
        lines.clear();
        return written;
    }
}
