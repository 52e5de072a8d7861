package fr.engagement.partners.rest;

import fr.engagement.feeds.control.LimitedInputStream;
import fr.engagement.partners.control.PartnerApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds the bodies of the partner API: a mission, a rule or an activity is a few kilobytes, so a body past
 * {@link #MAX_BYTES} is refused with 413 and the envelope before it is read whole into memory — at once when its
 * Content-Length says so, else while it streams (chunked). The rest of the body is read and dropped, up to
 * {@link #DRAINED_BYTES}, so that the client, still sending, reads the answer instead of a closed connection (what
 * Tomcat's maxSwallowSize does); past that the connection is closed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    /** 1 MB: fifty times the longest description the review accepts. */
    static final long MAX_BYTES = 1_000_000;

    /** What is read and dropped after a refusal, at most. */
    static final long DRAINED_BYTES = 20_000_000;

    static PartnerApiException tooLarge() {
        return new PartnerApiException(413, "PAYLOAD_TOO_LARGE", "Request body too large: more than " + MAX_BYTES
                + " bytes");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            drain(request.getEntityStream());
            throw tooLarge(); // answered with the envelope by ApiExceptionMapper
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        InputStream body = context.getInputStream();
        context.setInputStream(new LimitedInputStream(body, MAX_BYTES));
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // the JSON reader wraps what the stream threw; the bound, not the syntax, is what went wrong
            if (pastTheBound(e)) {
                drain(body);
                throw tooLarge();
            }
            throw e;
        }
    }

    private static boolean pastTheBound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedInputStream.TooLarge) {
                return true;
            }
        }
        return false;
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[65_536];
        long dropped = 0;
        try {
            int n;
            while (dropped < DRAINED_BYTES && (n = in.read(buffer)) >= 0) {
                dropped += n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }
}
