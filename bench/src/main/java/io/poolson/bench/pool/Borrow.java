package io.poolson.bench.pool;

import java.util.Queue;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import io.netty.util.Recycler;
import io.poolson.pool.Pool;

/**
 * One borrow from each kind of contender: obtain, reset once, {@link BuilderWork#use use}, give
 * back. The JMH benchmarks and {@link VirtualThreadObjectCount} both call these, so the measured
 * work is identical in both. Each method returns what {@code use} returned (1 for a correctly reset
 * builder), except {@link #fresh} which returns the builder itself; each is as thread-safe as the
 * pool passed to it.
 */
public final class Borrow {

    private Borrow() {
    }

    /** poolson: get (always reset), use, put; the pool's own reset hook runs on put. */
    public static int from(Pool<StringBuilder> pool) {
        StringBuilder sb = pool.get();
        try {
            return BuilderWork.use(sb);
        } finally {
            pool.put(sb);
        }
    }

    /** The calling thread's builder; nothing to give back. */
    public static int from(ThreadLocal<StringBuilder> perThread) {
        StringBuilder sb = perThread.get();
        BuilderWork.reset(sb);
        return BuilderWork.use(sb);
    }

    /** Netty: get a holder, use its builder, recycle the holder. */
    public static int from(Recycler<RecycledBuilder> recycler) {
        RecycledBuilder holder = recycler.get();
        try {
            StringBuilder sb = holder.builder();
            BuilderWork.reset(sb);
            return BuilderWork.use(sb);
        } finally {
            holder.recycle();
        }
    }

    /**
     * A JDK queue as a pool: poll, else create with {@code factory}; reset and offer back (dropped if
     * a bounded queue is full).
     */
    public static int fromQueue(Queue<StringBuilder> queue, Supplier<StringBuilder> factory) {
        StringBuilder sb = queue.poll();
        if (sb == null) {
            sb = factory.get();
        }
        try {
            return BuilderWork.use(sb);
        } finally {
            BuilderWork.reset(sb);
            queue.offer(sb);
        }
    }

    /**
     * No pool: a new builder from {@code factory} every time, returned so that it escapes as it
     * would in a real program; otherwise the JIT's escape analysis removes the allocation outright
     * (measured: 0.3 ns/op) and the contender measures nothing.
     */
    public static StringBuilder fresh(Supplier<StringBuilder> factory) {
        StringBuilder sb = factory.get();
        BuilderWork.reset(sb);
        BuilderWork.use(sb);
        return sb;
    }

    /**
     * Jackson: the pool's bare {@link RecyclerPool#acquirePooled()} and
     * {@link RecyclerPool#releasePooled}. The pooled object is a {@link BufferRecycler}, which has no
     * reset and is not used; returns 1 so that callers can check every borrow succeeded.
     */
    public static int from(RecyclerPool<BufferRecycler> pool) {
        BufferRecycler recycler = pool.acquirePooled();
        pool.releasePooled(recycler);
        return recycler != null ? 1 : 0;
    }
}
