package io.poolson.serializer.jackson;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import io.poolson.serializer.jackson.internal.RecyclerPoolCore;
import io.poolson.serializer.jackson.internal.RetainedBuffers;

/**
 * A Jackson 2 (2.16+) {@link RecyclerPool} of {@link BufferRecycler}s backed by a poolson
 * {@code Pool}: neither one recycler per thread (Jackson 2's default, a {@code ThreadLocal}, which
 * creates one recycler per virtual thread) nor one shared deque (Jackson 3's default, contended
 * by every thread).
 *
 * <pre>{@code
 * JsonFactory f = JsonFactory.builder().recyclerPool(PoolsonRecyclerPool.shared()).build();
 * ObjectMapper mapper = new ObjectMapper(f);
 * }</pre>
 *
 * <p><b>Contract.</b> Follows Jackson's: {@link #acquireAndLinkPooled()} (inherited) returns a
 * recycler linked to this pool that nobody else holds; Jackson hands it back through
 * {@link BufferRecycler#releaseToPool()}, which unlinks it and calls {@link #releasePooled}.
 * A recycler is pooled only if it is unlinked by then (a recycler still linked would make the
 * next {@code withPool} throw) and retains at most {@link #MAX_RETAINED_BYTES} of buffers;
 * anything else is dropped, never lent out. Buffers inside a recycler are kept as Jackson left
 * them: that reuse is the point, and Jackson overwrites them before reading.
 *
 * <p><b>Thread-safety.</b> All methods may be called from any number of platform or virtual
 * threads. A recycler is never lent to two borrowers at once, and everything its previous user
 * wrote happens-before its next acquisition.
 *
 * <p><b>How many recyclers.</b> One per write in progress, not one per thread: a million virtual
 * threads writing one after another share a handful. A recycler is made only when none is idle,
 * so the count follows the writes that hold one at the same time. Jackson acquires the call's
 * recycler before it builds the serializers of a type it has not written yet, under a monitor;
 * since JDK 24 a virtual thread waiting for that monitor unmounts with the recycler in hand, so
 * the first writes of a new type on many virtual threads can each hold one (tests have seen 65).
 *
 * <p><b>What may be lost.</b> Idle recyclers may be dropped at any garbage collection (one that
 * stays idle across two collections is gone), when the pool is full, or by {@link #clear()};
 * Jackson then simply allocates a new one. {@link #pooledCount()} is a racy snapshot. The JDK
 * serialization form records only whether this is the {@link #shared()} pool: deserializing
 * yields the shared pool, or a new empty pool.
 */
public final class PoolsonRecyclerPool implements RecyclerPool<BufferRecycler> {
    private static final long serialVersionUID = 1L;

    /**
     * A recycler retaining more buffer memory than this is dropped on release instead of pooled,
     * so one huge document does not pin huge buffers. Jackson's own writes stay well below it.
     */
    public static final long MAX_RETAINED_BYTES = RecyclerPoolCore.MAX_RETAINED_BYTES;

    private static final PoolsonRecyclerPool SHARED = new PoolsonRecyclerPool(true);

    /** Whether this is the {@link #shared()} pool: all the serialized form holds. */
    private final boolean shared;
    private final transient RecyclerPoolCore<BufferRecycler, PaddedBufferRecycler> pool;

    private PoolsonRecyclerPool(boolean shared) {
        this.shared = shared;
        this.pool = new RecyclerPoolCore<>(shared, () -> new PaddedBufferRecycler(this), PaddedBufferRecycler.class,
                BufferRecycler::isLinkedWithPool, PaddedBufferRecycler::overLimit);
    }

    /**
     * The process-wide pool; the one to use unless some factories must not share recyclers.
     *
     * @return the same pool on every call
     */
    public static PoolsonRecyclerPool shared() {
        return SHARED;
    }

    /**
     * A new pool, sharing no recyclers with any other.
     *
     * @return a new, empty pool
     */
    public static PoolsonRecyclerPool newPool() {
        return new PoolsonRecyclerPool(false);
    }

    @Override
    public BufferRecycler acquirePooled() {
        return pool.acquire();
    }

    /**
     * Takes back a recycler, normally called by {@link BufferRecycler#releaseToPool()}.
     *
     * @param pooled a recycler acquired from this pool and no longer used by the caller
     * @throws NullPointerException if {@code pooled} is null
     */
    @Override
    public void releasePooled(BufferRecycler pooled) {
        pool.release(pooled);
    }

    /** Idle recyclers right now, including those that survived one collection; a snapshot. */
    @Override
    public int pooledCount() {
        return pool.idle();
    }

    /** Drops every idle recycler; always succeeds. */
    @Override
    public boolean clear() {
        pool.clear();
        return true;
    }

    @Override
    public String toString() {
        return pool.toString();
    }

    /**
     * Same convention as Jackson's own stateful pools: re-link to the global instance, or build
     * a fresh one, since the pooled recyclers themselves are never serialized.
     *
     * @return {@link #shared()} if this was the shared pool, else a new empty pool
     */
    private Object readResolve() {
        return shared ? SHARED : newPool();
    }

    /**
     * A recycler that can tell whether it retains too much buffer memory (the arrays are
     * protected), and that links to the pool that made it with a flag instead of Jackson's
     * reference field.
     *
     * <p>Laid out so that what a write stores on every call stays off other threads' cache lines.
     * Every write stores into the recycler of the thread doing it, and a collection may copy two
     * threads' recyclers, and their buffer tables, next to each other in memory (they are
     * reachable from the same pool): then each thread's stores take the line away from the
     * other at every call. Measured on JDK 17, one-entry writes at 2 threads: without this layout, 10
     * of 20 forks ran at 146-329 ns instead of 74-82, while with every object aligned to 64 bytes
     * ({@code -XX:ObjectAlignmentInBytes=64}) all 10 ran at 89-106; with it, 2 of 20, as many as with
     * Jackson's ThreadLocal pool, which stores nothing into its recyclers (2 of 20 in the same runs;
     * {@code bench/results/jdk17-jackson-2026-12-01-recycler-*}). So nothing stored on every call
     * sits near the end of a small object, where the next object may begin: the link flag has the
     * leaf's 64 bytes of padding after it, and each buffer table, whose first four slots a write
     * swaps, has 16 empty slots after them. What precedes an object can still share its first line,
     * but that is the cold end of another object. Jackson's buffers themselves are large, and a small
     * write stores only into their first lines.
     */
    private abstract static class SizedBufferRecycler extends BufferRecycler {
        /** Jackson's buffer slots per table (its default constructor's), and the empty tail. */
        private static final int SLOTS = 4, SLACK = 16;

        private final RetainedBuffers retained;
        /** The pool that made this recycler, the one every acquisition links it to. */
        private final PoolsonRecyclerPool maker;
        /*
         * Whether it is linked to maker. Jackson links a recycler to a pool by storing the pool
         * into it (BufferRecycler._pool), on every acquisition: a reference store into an object
         * that is old once it has been pooled a while, which with G1 also pays the collector's
         * write barrier. A flag is a byte store, in a field this class can pad. Plain: one thread
         * at a time uses a recycler, and the pool's put happens-before the next acquisition.
         * Links to any other pool go through Jackson's field, unchanged.
         */
        private boolean linkedToMaker;

        SizedBufferRecycler(PoolsonRecyclerPool maker) {
            super(SLOTS + SLACK, SLOTS + SLACK);
            this.retained = new RetainedBuffers(_byteBuffers, _charBuffers, SLOTS);
            this.maker = maker;
        }

        @Override
        public BufferRecycler withPool(RecyclerPool<BufferRecycler> pool) {
            if (linkedToMaker) {
                throw new IllegalStateException("BufferRecycler already linked to pool: " + pool);
            }
            if (pool != maker || super.isLinkedWithPool()) {
                return super.withPool(pool); // Jackson's field, and its check
            }
            linkedToMaker = true;
            return this;
        }

        @Override
        public boolean isLinkedWithPool() {
            return linkedToMaker || super.isLinkedWithPool();
        }

        @Override
        public void releaseToPool() {
            if (linkedToMaker) {
                // Unlink first, as Jackson does, so a second release cannot pool it twice.
                linkedToMaker = false;
                maker.releasePooled(this);
            } else {
                super.releaseToPool();
            }
        }

        @Override
        public void releaseByteBuffer(int ix, byte[] buffer) {
            super.releaseByteBuffer(ix, buffer);
            retained.givenBack(ix, buffer);
        }

        @Override
        public void releaseCharBuffer(int ix, char[] buffer) {
            super.releaseCharBuffer(ix, buffer);
            retained.givenBack(ix, buffer);
        }

        boolean overLimit() {
            return retained.overLimit();
        }
    }

    /**
     * The recycler this pool makes: a {@link SizedBufferRecycler} with 64 bytes of padding after
     * all of its fields. The leaf declares nothing else: HotSpot lays out a class's longs before
     * its other fields, so a field declared here would land after the padding.
     */
    static final class PaddedBufferRecycler extends SizedBufferRecycler {
        /** Keeps the link flag off the next object's cache line. */
        @SuppressWarnings("unused")
        private long pad0, pad1, pad2, pad3, pad4, pad5, pad6, pad7;

        PaddedBufferRecycler(PoolsonRecyclerPool maker) {
            super(maker);
        }
    }
}
