package io.poolson.pool;

import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The process-wide clock that ages every live pool once per garbage collection: Go's
 * {@code poolCleanup}, which the Go runtime calls at the start of each GC.
 *
 * <p>Why a {@link Cleaner} sentinel: the JVM has no pre-GC hook. A freshly allocated, unreachable
 * sentinel registered with a Cleaner is discovered by the very next collection that covers the
 * young generation (every young, mixed and full GC of the JDK's collectors), after which the
 * Cleaner's own daemon thread runs {@link #tick()}, which rotates the pools and arms a new
 * sentinel. The alternatives cost more or say less: {@code GarbageCollectorMXBean} notifications
 * need {@code java.management} and JMX, and report concurrent cycles and pauses differently per
 * collector; a {@code WeakReference} polled on the fast path would add work to every get. The
 * Cleaner lives in {@code java.base}, costs nothing between collections, and runs one tick per
 * collection that reclaimed the sentinel.
 *
 * <p>The tick runs after the collection, on another thread, while pools are in use; that is why
 * rotation is a safe publish of a pre-built generation (see {@link Generation}) and why it empties
 * every slot with an atomic swap whose result it drops: an owned slot, which its owner uses with
 * plain loads and stores, can lose its object to a racing rotation, but never lend it twice (see
 * {@link Stripe}). The tick also lets go of stripe owners that have terminated. Pools are
 * registered weakly: a pool no one else references is collected with everything it holds.
 */
final class GcClock {
    private static final GcClock INSTANCE = new GcClock();

    private final Cleaner cleaner = Cleaner.create(r -> {
        Thread t = new Thread(r, "poolson-gc-clock");
        t.setDaemon(true);
        return t;
    });

    /** Registered pools, weakly; guarded by {@code this}. Purged of collected pools at each tick. */
    private final List<WeakReference<Pool<?>>> pools = new ArrayList<>();

    private volatile long ticks;

    private GcClock() {
        arm();
    }

    static GcClock instance() {
        return INSTANCE;
    }

    /** Collections observed so far (process-wide). */
    long ticks() {
        return ticks;
    }

    synchronized void register(Pool<?> pool) {
        pools.add(new WeakReference<>(pool));
    }

    synchronized int registeredPools() {
        pools.removeIf(r -> r.get() == null);
        return pools.size();
    }

    private void arm() {
        // The sentinel must be reachable from nothing, the action included: the action holds
        // only this clock.
        cleaner.register(new Object(), this::tick);
    }

    private void tick() {
        try {
            ticks++; // only the Cleaner thread writes; volatile publishes it
            for (Pool<?> pool : livePools()) {
                pool.rotate();
            }
        } finally {
            // Re-arm even if a rotation failed, or the clock would stop for every pool forever.
            arm();
        }
    }

    /** Strong references for the duration of one tick, taken outside the lock held by register. */
    private synchronized List<Pool<?>> livePools() {
        List<Pool<?>> live = new ArrayList<>(pools.size());
        pools.removeIf(r -> {
            Pool<?> p = r.get();
            if (p == null) {
                return true;
            }
            live.add(p);
            return false;
        });
        return live;
    }
}
