package fr.engagement.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one scenario, in nanoseconds, as percentiles and throughput. */
final class Stats {

    private final long[] nanos;
    private final double wallSeconds;

    Stats(long[] nanos, double wallSeconds) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
        this.wallSeconds = wallSeconds;
    }

    /** Nearest-rank percentile, in milliseconds. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    double max() {
        return nanos[nanos.length - 1] / 1e6;
    }

    double mean() {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    double throughput() {
        return nanos.length / wallSeconds;
    }

    int count() {
        return nanos.length;
    }

    static String header() {
        return "| scenario | queries | p50 ms | p95 ms | p99 ms | max ms | mean ms | per s | mean hits | load |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    String row(String scenario, double meanHits) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %s | %s |", scenario,
                count(), percentile(50), percentile(95), percentile(99), max(), mean(), throughput(),
                Double.isNaN(meanHits) ? "" : String.format(Locale.ROOT, "%.0f", meanHits),
                Bench.load().split(" ")[0]);
    }
}
