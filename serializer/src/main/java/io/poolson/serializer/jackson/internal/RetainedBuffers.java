package io.poolson.serializer.jackson.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Watches the buffers a Jackson {@code BufferRecycler} (2 or 3; both keep them in the same two
 * arrays) retains, so the poolson recycler pools can refuse to pool one that holds more than
 * {@link #DEFAULT_LIMIT}. One instance per recycler, told of every buffer given back to it.
 *
 * <p>Why not just add up the slots on every release: that is eight volatile array reads per
 * release (more with tables padded by empty slots), measured at 6.4 ns of a 13 ns acquire +
 * release (JDK 25, {@code JacksonRecyclerPoolBenchmark}, 2026-11-30), for an answer that is almost
 * always "far below". Jackson's writers use the first few slots of each table ({@code slotsInUse});
 * if no buffer ever given back to one of them was larger than an even share of the limit (the limit
 * divided by the slots in use), they cannot add up to more than the limit, so the sum is only
 * computed for a recycler that has seen a large buffer, or a buffer in a slot past those, after
 * which it covers the whole tables. The check stays exact; only its cost moves.
 *
 * <p>Not thread-safe, like the recycler it watches: a recycler is used by one thread at a time,
 * and the pool's put happens-before the next acquisition.
 */
public final class RetainedBuffers {
    /**
     * 1 MiB: the largest buffers Jackson's own writers hand back (a 128 KiB
     * {@code ByteArrayBuilder} block, a 64 Ki-char {@code TextBuffer} segment, the fixed I/O
     * buffers) add up to about 300 KiB, so only an unusual document's buffers exceed it.
     */
    public static final long DEFAULT_LIMIT = 1 << 20;

    private final AtomicReferenceArray<byte[]> byteBuffers;
    private final AtomicReferenceArray<char[]> charBuffers;
    /** Bytes a buffer may hold in every slot in use at once without the slots exceeding the limit. */
    private final long evenShare;
    /** How many leading slots of each table may hold a buffer: those in use, or all once one past them did. */
    private int occupiable;
    private boolean largeBufferSeen;

    /**
     * Watches a recycler's byte and char buffer tables (2 bytes per char), whose first
     * {@code slotsInUse} slots each its writers use.
     */
    public RetainedBuffers(AtomicReferenceArray<byte[]> byteBuffers, AtomicReferenceArray<char[]> charBuffers,
                           int slotsInUse) {
        this.byteBuffers = byteBuffers;
        this.charBuffers = charBuffers;
        this.occupiable = slotsInUse;
        this.evenShare = DEFAULT_LIMIT / (2L * Math.max(1, slotsInUse));
    }

    /** Notes a byte buffer given back to slot {@code ix} (null is allowed and ignored). */
    public void givenBack(int ix, byte[] buffer) {
        if (buffer != null) {
            given(ix, buffer.length);
        }
    }

    /** Notes a char buffer given back to slot {@code ix} (null is allowed and ignored). */
    public void givenBack(int ix, char[] buffer) {
        if (buffer != null) {
            given(ix, 2L * buffer.length);
        }
    }

    private void given(int ix, long bytes) {
        if (ix >= occupiable) {
            // A slot the writers do not use: the even share no longer bounds the sum.
            occupiable = Math.max(byteBuffers.length(), charBuffers.length());
            largeBufferSeen = true;
        } else if (bytes > evenShare) {
            largeBufferSeen = true;
        }
    }

    /** Whether the recycler's slots hold more than {@link #DEFAULT_LIMIT} bytes right now. */
    public boolean overLimit() {
        return largeBufferSeen && bytes() > DEFAULT_LIMIT;
    }

    private long bytes() {
        long n = 0;
        for (int i = 0, end = Math.min(occupiable, byteBuffers.length()); i < end; i++) {
            byte[] b = byteBuffers.get(i);
            if (b != null) {
                n += b.length;
            }
        }
        for (int i = 0, end = Math.min(occupiable, charBuffers.length()); i < end; i++) {
            char[] c = charBuffers.get(i);
            if (c != null) {
                n += 2L * c.length;
            }
        }
        return n;
    }
}
