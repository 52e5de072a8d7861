package fr.engagement.feeds.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Downloads a feed into a file: HTTP(S) only, connect and read timeouts, a size limit counted while streaming, Basic
 * auth when the publisher has credentials, redirects followed by hand (each hop checked), and no request to a
 * loopback, private, link-local, multicast or unspecified address (SSRF) unless its host is allow-listed.
 * Failures carry the peer's texts: "&lt;status&gt; - &lt;reason&gt;" for an HTTP error, "500 - ..." otherwise.
 */
public final class FeedFetcher {

    /** The feed could not be fetched; the message is the import's error. */
    public static class FetchFailed extends Exception {
        private static final long serialVersionUID = 1L;

        public FetchFailed(String message) {
            super(message);
        }
    }

    private static final int MAX_REDIRECTS = 5;

    private final Set<String> allowedHosts;
    private final Duration readTimeout;
    private final long maxBytes;
    private final HttpClient client;

    public FeedFetcher(Set<String> allowedHosts, Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void fetch(String url, String username, String password, Path target) throws FetchFailed {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchFailed("500 - Invalid feed URL: " + url);
        }
        long deadline = System.nanoTime() + readTimeout.toNanos() * 4;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(uri);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET()
                    .header("Accept", "application/xml, text/xml, */*");
            if (username != null && !username.isBlank()) {
                String token = Base64.getEncoder().encodeToString((username + ":" + (password == null ? ""
                        : password)).getBytes(StandardCharsets.UTF_8));
                request.header("Authorization", "Basic " + token);
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new FetchFailed("500 - " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchFailed("500 - Interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response.body());
                uri = uri.resolve(response.headers().firstValue("Location").get());
                continue;
            }
            if (status < 200 || status >= 300) {
                close(response.body());
                throw new FetchFailed(status + " - " + reason(status));
            }
            copy(response.body(), target, deadline);
            return;
        }
        throw new FetchFailed("500 - Too many redirects");
    }

    /** Scheme, then every address the host resolves to, unless the host is allow-listed. */
    void check(URI uri) throws FetchFailed {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailed("500 - Unsupported feed URL scheme: " + uri.getScheme());
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchFailed("500 - Invalid feed URL: " + uri);
        }
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (forbidden(address)) {
                    throw new FetchFailed("500 - Forbidden address: " + host + " resolves to a local or private"
                            + " address (" + address.getHostAddress() + ")");
                }
            }
        } catch (UnknownHostException e) {
            throw new FetchFailed("500 - Unknown host: " + host);
        }
    }

    static boolean forbidden(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()
                || a.isAnyLocalAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8, 100.64/10 (carrier-grade NAT), 198.18/15 (benchmarks), 240/4 (reserved)
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198
                    && (second == 18 || second == 19)) || first >= 240;
        }
        // IPv6 unique local addresses fc00::/7
        return (b[0] & 0xfe) == 0xfc;
    }

    private void copy(InputStream body, Path target, long deadline) throws FetchFailed {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = body; OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new FetchFailed("Error parsing xml: Feed too large: more than " + maxBytes + " bytes");
                }
                if (System.nanoTime() > deadline) {
                    throw new FetchFailed("500 - Download took too long");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new FetchFailed("500 - " + describe(e));
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the response is dropped either way
        }
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null || e.getMessage().isBlank() ? "Network error (" + name + ")"
                : "Network error (" + name + ": " + e.getMessage() + ")";
    }

    /** The HTTP reason phrase, as the peer's fetch reports statusText (HTTP/2 has none, so we name them). */
    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }
}
