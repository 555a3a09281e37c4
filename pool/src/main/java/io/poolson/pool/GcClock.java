package io.poolson.pool;

import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javax.management.NotificationEmitter;

/**
 * The process-wide clock that ages every live pool once per garbage collection: Go's
 * {@code poolCleanup}, which the Go runtime calls at the start of each GC.
 *
 * <p>Why a {@link Cleaner} sentinel: the JVM has no pre-GC hook. A freshly allocated, unreachable
 * sentinel registered with a Cleaner is discovered by the very next collection that covers the
 * young generation and processes references (every young, mixed and full GC of G1, Parallel and
 * Serial, every cycle of ZGC and Shenandoah), after which the Cleaner's own daemon thread runs
 * {@link #tick()}, which rotates the pools and arms a new sentinel. The alternatives cost more or
 * say less: {@code GarbageCollectorMXBean} notifications need {@code java.management} and JMX,
 * cost 15-30 ms to set up, and report concurrent cycles and pauses differently per collector; a
 * {@code WeakReference} polled on the fast path would add work to every get. The Cleaner lives in
 * {@code java.base}, costs nothing between collections, and runs one tick per collection that
 * reclaimed the sentinel.
 *
 * <p>The exception is generational ZGC, whose minor collections process no references: there the
 * clock ticks on GC notifications instead (see {@link CycleNotifications}). A probe thread finds
 * out at start-up, so that creating the first pool does not wait for JMX; until it has, and if it
 * cannot (no {@code java.management} in the runtime image), the Cleaner ticks.
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

    private final Cleaner cleaner = Cleaner.create(r -> clockThread(r, "poolson-gc-clock"));

    /** Registered pools, weakly; guarded by {@code this}. Purged of collected pools at each tick. */
    private final List<WeakReference<Pool<?>>> pools = new ArrayList<>();

    private final Object tickLock = new Object();
    private volatile long ticks;
    /** False once GC notifications drive the clock: the Cleaner's sentinel then neither ticks nor re-arms. */
    private volatile boolean cleanerTicks = true;
    private volatile boolean probed;

    private GcClock() {
        arm();
        clockThread(this::tickOnNotificationsIfTheCleanerMissesCollections, "poolson-gc-clock-probe").start();
    }

    /*
     * The clock's threads are made by whichever thread builds the first pool, and the Cleaner's
     * lives as long as the JVM: it must not inherit that thread's inheritable thread-locals (a
     * request's context, say, which it would keep reachable forever) nor its context class loader
     * (a web application's, which could then never be unloaded). Daemon: the clock never keeps
     * a JVM from exiting.
     */
    private static Thread clockThread(Runnable body, String name) {
        Thread t = new Thread(null, body, name, 0, false);
        t.setContextClassLoader(null);
        t.setDaemon(true);
        return t;
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
        cleaner.register(new Object(), this::sentinelCollected);
    }

    private void sentinelCollected() {
        if (!cleanerTicks) {
            return; // notifications tick now; this sentinel is the last
        }
        try {
            tick();
        } finally {
            // Re-arm even if a rotation failed, or the clock would stop for every pool forever.
            arm();
        }
    }

    /*
     * Subscribes first and hands over second: until cleanerTicks turns false the listener ignores
     * notifications, so a failure part-way (say, java.management missing from a jlinked image)
     * leaves the Cleaner ticking alone. The hand-over can count one collection twice, if a major
     * cycle reaches both the sentinel and, just after the flag turns, the listener; a pool may
     * drop anything at any collection, so that costs at most an early drop, once, at start-up.
     */
    private void tickOnNotificationsIfTheCleanerMissesCollections() {
        try {
            List<NotificationEmitter> cycles = CycleNotifications.cyclesTheCleanerMisses();
            if (!cycles.isEmpty()) {
                CycleNotifications.subscribe(cycles, () -> {
                    if (!cleanerTicks) {
                        tick();
                    }
                });
                cleanerTicks = false;
            }
        } catch (RuntimeException | LinkageError e) {
            // No JMX here: the Cleaner goes on ticking, at every collection it can see.
        } finally {
            probed = true;
        }
    }

    /**
     * One rotation of every live pool. One tick at a time: the hand-over above may overlap its two
     * sources once. Its own lock, not this clock's, so that a pool being built never waits for one.
     */
    private void tick() {
        synchronized (tickLock) {
            ticks++; // volatile publishes it
            for (Pool<?> pool : livePools()) {
                pool.rotate();
            }
        }
    }

    /** Whether GC notifications drive the clock (generational ZGC) rather than the Cleaner. */
    boolean ticksOnNotifications() {
        return !cleanerTicks;
    }

    /** Whether the probe thread has decided between the Cleaner and notifications (for tests). */
    boolean probed() {
        return probed;
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
