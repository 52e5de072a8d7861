package fr.engagement.feeds.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and fails past a maximum, so that a feed is bounded while it streams. */
public class LimitedInputStream extends FilterInputStream {

    /** Thrown past the maximum; the parser turns it into the feed's error. */
    public static class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("Feed too large: more than " + max + " bytes");
        }
    }

    private final long max;
    private long count;

    public LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) throws TooLarge {
        count += n;
        if (count > max) {
            throw new TooLarge(max);
        }
    }

    public long count() {
        return count;
    }
}
