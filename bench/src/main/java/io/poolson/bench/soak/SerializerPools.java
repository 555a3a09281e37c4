package io.poolson.bench.soak;

import io.poolson.pool.PoolStats;
import io.poolson.serializer.MapSerializer;
import io.poolson.serializer.Serializer;
import java.time.Duration;

/**
 * What the {@link Serializer} statics' writer pools hold, and their aging by the GC clock, read from
 * their public statistics ({@link PoolStats#idle()}, {@link PoolStats#capacity()}).
 *
 * <p>Thread-safe (reads snapshots).
 */
final class SerializerPools {
    private SerializerPools() {
    }

    /**
     * An upper bound of the bytes the pooled writers' buffers hold. A writer is kept only if its
     * buffer capacity is at most the retention cap: a UTF-8 writer holds one byte buffer (at most cap
     * bytes); a character writer holds a Latin-1 byte buffer and, once a document was not Latin-1, a
     * {@code char[]} too (at most cap bytes + cap chars at 2 bytes = 3 × cap). Counts the
     * buffers only, which is what the retention cap governs, not each writer's fixed-size extras
     * (key caches, their arenas, a transfer array): {@link Soak} measures those by heap.
     *
     * @param idleCharWriters  character writers held now
     * @param idleByteWriters  UTF-8 writers held now
     * @param charSlots        the most character writers the pool can hold ({@link PoolStats#capacity()})
     * @param byteSlots        the most UTF-8 writers the pool can hold
     * @param retentionCap     the serializer's retention cap
     */
    record Retention(int idleCharWriters, int idleByteWriters, int charSlots, int byteSlots, int retentionCap) {
        /** Bytes a character writer's buffers may hold: a Latin-1 byte buffer and a UTF-16 char[]. */
        static final int CHAR_WRITER_FACTOR = 3;

        /** Upper bound of the buffer bytes retained now. */
        long retainedBytes() {
            return ((long) CHAR_WRITER_FACTOR * idleCharWriters + idleByteWriters) * retentionCap;
        }

        /** The configured bound: every slot filled with a writer at the cap. */
        long boundBytes() {
            return ((long) CHAR_WRITER_FACTOR * charSlots + byteSlots) * retentionCap;
        }

        @Override
        public String toString() {
            return String.format("%d char + %d byte writers idle -> buffers <= %,d bytes (bound: (3 x %d char + %d byte"
                            + " slots) x cap %,d = %,d bytes)", idleCharWriters, idleByteWriters, retainedBytes(),
                    charSlots, byteSlots, retentionCap, boundBytes());
        }
    }

    static Retention retention() {
        PoolStats chars = Serializer.charPoolStats();
        PoolStats bytes = Serializer.bytePoolStats();
        return new Retention(chars.idle(), bytes.idle(), chars.capacity(), bytes.capacity(),
                MapSerializer.defaults().retentionCap());
    }

    /** The serializer pools' rotation count (both pools age together, on the same GC clock). */
    static long rotations() {
        return Math.min(Serializer.charPoolStats().rotations(), Serializer.bytePoolStats().rotations());
    }

    /**
     * Causes {@code n} more collections that the GC clock saw: one {@code System.gc()} at a time,
     * each followed by a wait for both pools' rotation count to advance.
     */
    static void awaitRotations(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < n; i++) {
            long target = rotations() + 1;
            while (rotations() < target) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the GC clock did not rotate the serializer's pools " + n
                            + " times within " + timeout);
                }
                System.gc();
                for (int w = 0; w < 100 && rotations() < target; w++) {
                    Thread.sleep(10);
                }
            }
        }
    }
}
