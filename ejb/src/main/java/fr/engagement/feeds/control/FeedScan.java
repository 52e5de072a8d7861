package fr.engagement.feeds.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A first full pass over a downloaded feed, before anything is written: the feed must parse to its end within the
 * limits, every value must be readable, and it must hold at least one importable mission. Only then does the
 * import write a chunk, so that a feed broken at its 90,000th mission leaves the catalogue untouched. It also lists
 * the missions that cannot be imported (no clientId, clientId already seen), for the import's report, and the
 * clientIds of the importable ones: what the last step keeps of the catalogue.
 */
public final class FeedScan {

    public static final String NO_CLIENT_ID = "ClientId manquant";
    public static final String TOO_LONG = "ClientId trop long (plus de 255 caractères)";
    public static final String DUPLICATE = "ClientId en double dans le flux : seule la première mission est importée";
    /** The report lists at most that many unimportable missions; the counts stay exact. */
    static final int MAX_LISTED = 1000;

    public record Skipped(String clientId, String title, String reason) {}

    /** {@code clientIds}: the importable missions' clientIds, which the import's last step keeps. */
    public record Result(int missions, int importable, int withoutClientId, int duplicates, List<Skipped> skipped,
            Set<String> clientIds) {}

    private FeedScan() {}

    /** @throws FeedException when the feed is unusable as a whole (the import fails and deletes nothing) */
    public static Result scan(Path file, FeedLimits limits, FeedMissionMapper mapper) throws FeedException {
        try (InputStream in = Files.newInputStream(file); FeedParser parser = new FeedParser(in, limits)) {
            Set<String> seen = new HashSet<>();
            List<Skipped> skipped = new ArrayList<>();
            int importable = 0;
            int without = 0;
            int duplicates = 0;
            XmlNode mission;
            while ((mission = parser.next()) != null) {
                String clientId = FeedMissionMapper.clientId(mission);
                String title = mission.text("title").orElse(null);
                if (clientId == null) {
                    without++;
                    add(skipped, new Skipped(null, title, NO_CLIENT_ID));
                    continue;
                }
                if (!importable(clientId)) {
                    without++;
                    add(skipped, new Skipped(clientId.substring(0, 255), title, TOO_LONG));
                    continue;
                }
                if (!seen.add(clientId)) {
                    duplicates++;
                    add(skipped, new Skipped(clientId, title, DUPLICATE));
                    continue;
                }
                try {
                    mapper.map(mission);
                } catch (FeedValues.BadValue e) {
                    throw FeedException.parse("mission " + clientId + " (n° " + parser.missionCount() + "): "
                            + e.getMessage());
                }
                importable++;
            }
            if (importable == 0) {
                throw new FeedException(FeedException.EMPTY + ": no importable mission (" + without
                        + " without a usable clientId)");
            }
            return new Result(parser.missionCount(), importable, without, duplicates, List.copyOf(skipped), seen);
        } catch (IOException e) {
            throw FeedException.parse("cannot read the downloaded feed (" + e.getMessage() + ")");
        }
    }

    /** A clientId the catalogue can key (its column holds 255 characters). */
    public static boolean importable(String clientId) {
        return clientId != null && clientId.length() <= fr.engagement.partners.control.Columns.CLIENT_ID;
    }

    private static void add(List<Skipped> skipped, Skipped s) {
        if (skipped.size() < MAX_LISTED) {
            skipped.add(s);
        }
    }
}
