package io.poolson.serializer.jackson3;

import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.RecyclerPool;
import io.poolson.serializer.jackson.internal.RecyclerPoolCore;
import io.poolson.serializer.jackson.internal.RetainedBuffers;

/**
 * A Jackson 3 {@link RecyclerPool} of {@link BufferRecycler}s backed by a poolson
 * {@code Pool}: neither one recycler per thread (Jackson 2's default, a {@code ThreadLocal}, which
 * creates one recycler per virtual thread) nor one shared deque (Jackson 3's default, contended
 * by every thread).
 *
 * <pre>{@code
 * JsonFactory f = JsonFactory.builder().recyclerPool(PoolsonRecyclerPool.shared()).build();
 * JsonMapper mapper = JsonMapper.builder(f).build();
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

    private final boolean shared;
    private final transient RecyclerPoolCore<BufferRecycler, SizedBufferRecycler> pool;

    private PoolsonRecyclerPool(boolean shared) {
        this.shared = shared;
        this.pool = new RecyclerPoolCore<>(shared, SizedBufferRecycler::new, SizedBufferRecycler.class,
                BufferRecycler::isLinkedWithPool, SizedBufferRecycler::overLimit);
    }

    /** The process-wide pool; the one to use unless some factories must not share recyclers. */
    public static PoolsonRecyclerPool shared() {
        return SHARED;
    }

    /** A new pool, sharing no recyclers with any other. */
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

    // Same convention as Jackson's own stateful pools: re-link to the global instance, or build
    // a fresh one, since the pooled recyclers themselves are never serialized.
    private Object readResolve() {
        return shared ? SHARED : newPool();
    }

    /** A recycler that can tell whether it retains too much buffer memory (the arrays are protected). */
    private static final class SizedBufferRecycler extends BufferRecycler {
        private final RetainedBuffers retained = new RetainedBuffers(_byteBuffers, _charBuffers);

        @Override
        public void releaseByteBuffer(int ix, byte[] buffer) {
            super.releaseByteBuffer(ix, buffer);
            retained.givenBack(buffer);
        }

        @Override
        public void releaseCharBuffer(int ix, char[] buffer) {
            super.releaseCharBuffer(ix, buffer);
            retained.givenBack(buffer);
        }

        boolean overLimit() {
            return retained.overLimit();
        }
    }
}
