package fr.engagement.feeds.boundary;

import fr.engagement.feeds.control.FeedMissionMapper;
import fr.engagement.feeds.control.FeedParser;
import fr.engagement.feeds.control.FeedScan;
import fr.engagement.feeds.control.XmlNode;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;

/**
 * Streams the scanned feed's missions, one {@code <mission>} element at a time; the checkpoint is the number of
 * elements read, so a restarted job skips what its committed chunks wrote. Missions without clientId and repeated
 * clientIds (the first is kept) are passed over: the scan reported them.
 */
@Dependent
@Named("feedMissionReader")
public class FeedMissionReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    FeedSettings settings;

    private InputStream in;
    private FeedParser parser;
    private final Set<String> seen = new HashSet<>();
    private int position;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        long importId = ImportJob.importId(job);
        in = Files.newInputStream(settings.feedFile(importId));
        parser = new FeedParser(in, settings.limits());
        int skip = checkpoint == null ? 0 : (Integer) checkpoint;
        while (position < skip) {
            XmlNode m = parser.next();
            if (m == null) {
                break;
            }
            position++;
            String clientId = FeedMissionMapper.clientId(m);
            if (FeedScan.importable(clientId)) {
                seen.add(clientId);
            }
        }
    }

    @Override
    public Object readItem() throws Exception {
        XmlNode m;
        while ((m = parser.next()) != null) {
            position++;
            String clientId = FeedMissionMapper.clientId(m);
            if (FeedScan.importable(clientId) && seen.add(clientId)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    @Override
    public void close() throws Exception {
        if (parser != null) {
            parser.close();
        }
        if (in != null) {
            in.close();
        }
    }
}
