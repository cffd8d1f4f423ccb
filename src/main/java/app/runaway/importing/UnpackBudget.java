package app.runaway.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the bytes actually unpacked from an archive, across all its entries, and stops at the limit: a zip's
 * declared sizes can lie, the bytes cannot.
 */
final class UnpackBudget {
    private final long limit;
    private final AtomicLong used = new AtomicLong();

    UnpackBudget(long limit) {
        this.limit = limit;
    }

    InputStream bound(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                var b = super.read();
                if (b >= 0) {
                    charge(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                var n = super.read(buffer, offset, length);
                if (n > 0) {
                    charge(n);
                }
                return n;
            }
        };
    }

    private void charge(long bytes) throws IOException {
        if (used.addAndGet(bytes) > limit) {
            throw new IOException("the archive unpacks to more than " + limit / (1024 * 1024)
                    + " MB; import stopped (zip bomb?)");
        }
    }
}
