package fr.engagement.platform.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which party may move an object from one status to another. Immutable once built; each status enum holds one.
 */
public final class TransitionTable<S extends Enum<S>> {

    private final Class<S> type;
    private final Map<S, Map<S, Set<Party>>> allowed;

    private TransitionTable(Class<S> type) {
        this.type = type;
        this.allowed = new EnumMap<>(type);
    }

    public static <S extends Enum<S>> TransitionTable<S> of(Class<S> type) {
        return new TransitionTable<>(type);
    }

    public TransitionTable<S> allow(S from, S to, Party... parties) {
        allowed.computeIfAbsent(from, f -> new EnumMap<>(type))
                .computeIfAbsent(to, t -> EnumSet.noneOf(Party.class))
                .addAll(Set.of(parties));
        return this;
    }

    public boolean allows(S from, S to, Party party) {
        return party != null && allowed.getOrDefault(from, Map.of()).getOrDefault(to, Set.of()).contains(party);
    }

    /** The statuses this party may move an object to from {@code from}, in declaration order. */
    public Set<S> targets(S from, Party party) {
        Set<S> targets = EnumSet.noneOf(type);
        allowed.getOrDefault(from, Map.of()).forEach((to, parties) -> {
            if (parties.contains(party)) {
                targets.add(to);
            }
        });
        return Collections.unmodifiableSet(targets);
    }

    /** Every edge of the graph, whoever may take it. */
    public boolean isEdge(S from, S to) {
        return !allowed.getOrDefault(from, Map.of()).getOrDefault(to, Set.of()).isEmpty();
    }
}
