package fr.engagement.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The processor time a process has used (user + system, from Linux's /proc): the cost of a scenario per request. */
final class ProcessCpu {

    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux we run on

    private final long pid;

    private ProcessCpu(long pid) {
        this.pid = pid;
    }

    static ProcessCpu of(long pid) {
        return new ProcessCpu(pid);
    }

    long millis() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name, field 2, may hold spaces: count the fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
