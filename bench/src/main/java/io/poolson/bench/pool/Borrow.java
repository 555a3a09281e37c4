package io.poolson.bench.pool;

import java.util.Queue;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import io.netty.util.Recycler;
import io.poolson.pool.Pool;
import org.openjdk.jmh.annotations.CompilerControl;

/**
 * One borrow from each kind of contender: obtain, reset once, {@link BuilderWork#use use}, give
 * back. The JMH benchmarks and {@link VirtualThreadObjectCount} both call these, so the measured
 * work is identical in both. Each method returns what {@code use} returned (1 for a correctly reset
 * builder), except {@link #fresh} which returns the builder itself; each is as thread-safe as the
 * pool passed to it.
 *
 * <p>Every method is marked {@link CompilerControl.Mode#INLINE}, for every contender alike. JMH
 * force-inlines each {@code @Benchmark} method into its measurement loop (its generated
 * {@code CompilerHints}), so that the loop measures the body, not a call; these helpers are that
 * body, factored out so that it exists once. Left to C2's own heuristics, JDK 17 compiled poolson's
 * body separately (get, use and put inlined: 3.7 KB of code, over its {@code InlineSmallCode}) and
 * called it from the loop, which measured a call the other contenders did not pay (8.8 ns against
 * 6.6–8.3 with the body inlined, {@code bench/results/jdk17-pool-2026-12-01-borrow-forced-inline.txt}).
 * C2 inlines a hot callee of up to 325 bytecodes ({@code FreqInlineSize}) unless it was already
 * compiled into more than 2,500 bytes ({@code InlineSmallCode}, the same on JDK 17 and 25): {@code get}
 * (76) and {@code put} (120) qualify in a caller's code; what was too big here was the helper.
 */
public final class Borrow {

    private Borrow() {
    }

    /** poolson: get (always reset), use, put; the pool's own reset hook runs on put. */
    @CompilerControl(CompilerControl.Mode.INLINE)
    public static int from(Pool<StringBuilder> pool) {
        StringBuilder sb = pool.get();
        try {
            return BuilderWork.use(sb);
        } finally {
            pool.put(sb);
        }
    }

    /** The calling thread's builder; nothing to give back. */
    @CompilerControl(CompilerControl.Mode.INLINE)
    public static int from(ThreadLocal<StringBuilder> perThread) {
        StringBuilder sb = perThread.get();
        BuilderWork.reset(sb);
        return BuilderWork.use(sb);
    }

    /** Netty: get a holder, use its builder, recycle the holder. */
    @CompilerControl(CompilerControl.Mode.INLINE)
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
    @CompilerControl(CompilerControl.Mode.INLINE)
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
    @CompilerControl(CompilerControl.Mode.INLINE)
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
    @CompilerControl(CompilerControl.Mode.INLINE)
    public static int from(RecyclerPool<BufferRecycler> pool) {
        BufferRecycler recycler = pool.acquirePooled();
        pool.releasePooled(recycler);
        return recycler != null ? 1 : 0;
    }
}
