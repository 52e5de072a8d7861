package fr.engagement.feeds.boundary;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The job's name and parameters, shared by the code that starts it and its steps. */
final class ImportJob {

    static final String NAME = "feed-import";
    static final String IMPORT_ID = "importId";
    static final String CHUNK_SIZE = "chunkSize";

    private ImportJob() {}

    static Properties parameters(long importId, int chunkSize) {
        Properties p = new Properties();
        p.setProperty(IMPORT_ID, Long.toString(importId));
        p.setProperty(CHUNK_SIZE, Integer.toString(chunkSize));
        return p;
    }

    static long importId(JobContext job) {
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        return Long.parseLong(p.getProperty(IMPORT_ID));
    }
}
