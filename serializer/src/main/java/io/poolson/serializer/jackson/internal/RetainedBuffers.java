package io.poolson.serializer.jackson.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Measures the buffers a Jackson {@code BufferRecycler} (2 or 3; both keep them in the same two
 * arrays) retains, so the poolson recycler pools can refuse to pool oversized ones.
 * Stateless and thread-safe; the figure is a snapshot if the recycler is in use.
 */
public final class RetainedBuffers {
    /**
     * 1 MiB: the largest buffers Jackson's own writers hand back (a 128 KiB
     * {@code ByteArrayBuilder} block, a 64 Ki-char {@code TextBuffer} segment, the fixed I/O
     * buffers) add up to about 300 KiB, so only an unusual document's buffers exceed it.
     */
    public static final long DEFAULT_LIMIT = 1 << 20;

    private RetainedBuffers() {
    }

    /** The bytes held by the given byte and char buffer slots (2 bytes per char). */
    public static long bytes(AtomicReferenceArray<byte[]> byteBuffers, AtomicReferenceArray<char[]> charBuffers) {
        long n = 0;
        for (int i = 0; i < byteBuffers.length(); i++) {
            byte[] b = byteBuffers.get(i);
            if (b != null) {
                n += b.length;
            }
        }
        for (int i = 0; i < charBuffers.length(); i++) {
            char[] c = charBuffers.get(i);
            if (c != null) {
                n += 2L * c.length;
            }
        }
        return n;
    }
}
