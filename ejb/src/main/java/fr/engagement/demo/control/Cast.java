package fr.engagement.demo.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who and what the first transaction created, by id, for the second one to find again: the entities themselves
 * do not outlive their persistence context.
 */
public final class Cast {

    /** Structure key of the catalogue to its id. */
    final Map<String, Long> structures = new HashMap<>();
    /** Structure key to the account of its (first) responsable. */
    final Map<String, Long> responsables = new HashMap<>();
    /** Department code, or "R" + region code, to the account of its referent. */
    final Map<String, Long> referents = new HashMap<>();
    /** Showcase key of {@link DemoAccounts} to its account. */
    final Map<String, Long> showcase = new HashMap<>();
    /** When each validated structure was validated: its missions come after. */
    final Map<String, Instant> validatedAt = new HashMap<>();
    /** Every account holding the volunteer role, showcase ones included. */
    final List<Long> volunteers = new ArrayList<>();
    int accounts;
    /** The demo partner publisher (« Bénévoles Connectés (démo) »). */
    String partnerPublisher;

    long showcase(String key) {
        return showcase.get(key);
    }
}
