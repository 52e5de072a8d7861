package fr.engagement.feeds.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;

/**
 * Downloads a feed into a file: HTTP(S) only, connect and read timeouts, a size limit counted while streaming, Basic
 * auth when the publisher has credentials, redirects followed by hand (each hop checked), and no request to a
 * loopback, private, link-local, multicast or unspecified address (SSRF) unless its host is allow-listed. The
 * addresses are checked as they are resolved for the connection ({@link CheckedDns}), so that a second DNS answer
 * cannot lead the download elsewhere. Failures carry the peer's texts: "&lt;status&gt; - &lt;reason&gt;" for an HTTP
 * error, "500 - ..." otherwise.
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

    private final CheckedDns dns;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBytes;

    public FeedFetcher(Set<String> allowedHosts, Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this(allowedHosts, connectTimeout, readTimeout, maxBytes, InetAddress::getAllByName);
    }

    FeedFetcher(Set<String> allowedHosts, Duration connectTimeout, Duration readTimeout, long maxBytes,
            CheckedDns.Lookup lookup) {
        this.dns = new CheckedDns(allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet()), lookup);
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    public void fetch(String url, String username, String password, Path target) throws FetchFailed {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchFailed("500 - Invalid feed URL: " + url);
        }
        long deadline = System.nanoTime() + readTimeout.toNanos() * 4;
        try (CloseableHttpClient client = client()) {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                check(uri);
                HttpGet request = new HttpGet(uri);
                request.setHeader("Accept", "application/xml, text/xml, */*");
                if (username != null && !username.isBlank()) {
                    String token = Base64.getEncoder().encodeToString((username + ":" + (password == null ? ""
                            : password)).getBytes(StandardCharsets.UTF_8));
                    request.setHeader("Authorization", "Basic " + token);
                }
                try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
                    int status = response.getCode();
                    Header location = response.getFirstHeader("Location");
                    if (status >= 300 && status < 400 && location != null) {
                        uri = uri.resolve(location.getValue());
                        continue;
                    }
                    if (status < 200 || status >= 300) {
                        throw new FetchFailed(status + " - " + reason(status));
                    }
                    copy(response.getEntity() == null ? InputStream.nullInputStream()
                            : response.getEntity().getContent(), target, deadline);
                    return;
                }
            }
        } catch (CheckedDns.ForbiddenAddress e) {
            throw new FetchFailed("500 - " + e.getMessage());
        } catch (UnknownHostException e) {
            throw new FetchFailed("500 - Unknown host: " + uri.getHost());
        } catch (IOException e) {
            throw new FetchFailed("500 - " + describe(e));
        }
        throw new FetchFailed("500 - Too many redirects");
    }

    private CloseableHttpClient client() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(dns)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(readTimeout)).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableContentCompression().build();
    }

    /** The scheme and the host, and the host's addresses unless it is allow-listed. */
    void check(URI uri) throws FetchFailed {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailed("500 - Unsupported feed URL scheme: " + uri.getScheme());
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchFailed("500 - Invalid feed URL: " + uri);
        }
        // early, for a clear error before any connection; the connection checks again what it resolves
        try {
            dns.resolve(host);
        } catch (CheckedDns.ForbiddenAddress e) {
            throw new FetchFailed("500 - " + e.getMessage());
        } catch (UnknownHostException e) {
            throw new FetchFailed("500 - Unknown host: " + host);
        }
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
