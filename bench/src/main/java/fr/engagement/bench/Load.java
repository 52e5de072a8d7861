package fr.engagement.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * {@code clients} threads sending {@code requests} requests back to back (each timed from send to last byte): the
 * server's latency and capacity from another process, as wrk would measure them.
 */
final class Load {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    record Result(Stats stats, int errors, int expected, double meanTotal) {}

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    Result run(int clients, int requests, int expectedStatus, IntFunction<HttpRequest> request) throws Exception {
        long[] nanos = new long[requests];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger expected = new AtomicInteger();
        AtomicLong totals = new AtomicLong();
        AtomicInteger counted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long wall = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            futures.add(pool.submit(() -> {
                for (int i = first; i < requests; i += clients) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request.apply(i),
                                HttpResponse.BodyHandlers.ofString());
                        nanos[i] = System.nanoTime() - t;
                        if (response.statusCode() == expectedStatus) {
                            expected.incrementAndGet();
                            var m = TOTAL.matcher(response.body());
                            if (m.find()) {
                                totals.addAndGet(Long.parseLong(m.group(1)));
                                counted.incrementAndGet();
                            }
                        } else {
                            errors.incrementAndGet();
                            if (errors.get() <= 3) {
                                System.out.println("  unexpected " + response.statusCode() + ": "
                                        + response.body().lines().findFirst().orElse(""));
                            }
                        }
                    } catch (java.io.IOException e) {
                        nanos[i] = System.nanoTime() - t;
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - wall) / 1e9;
        return new Result(new Stats(nanos, seconds), errors.get(), expected.get(),
                counted.get() == 0 ? Double.NaN : (double) totals.get() / counted.get());
    }
}
