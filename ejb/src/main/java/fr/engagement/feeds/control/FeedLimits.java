package fr.engagement.feeds.control;

/**
 * Bounds of a feed: its size in bytes (counted while streaming, never loaded whole), its number of missions, the
 * length of any element's text and the nesting depth. Above them the feed fails with a clear message.
 */
public record FeedLimits(long maxBytes, int maxMissions, int maxTextLength, int maxDepth) {

    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    public static final int DEFAULT_MAX_MISSIONS = 200_000;
    /** Above the 20,000 characters of review rule 7, so that a long description is refused by the rule, not here. */
    public static final int DEFAULT_MAX_TEXT = 200_000;
    public static final int DEFAULT_MAX_DEPTH = 12;

    public static FeedLimits defaults() {
        return new FeedLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_MISSIONS, DEFAULT_MAX_TEXT, DEFAULT_MAX_DEPTH);
    }

    public FeedLimits withMaxBytes(long bytes) {
        return new FeedLimits(bytes, maxMissions, maxTextLength, maxDepth);
    }

    public FeedLimits withMaxMissions(int missions) {
        return new FeedLimits(maxBytes, missions, maxTextLength, maxDepth);
    }
}
