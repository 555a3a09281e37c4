package io.poolson.bench.report;

import java.util.ArrayList;
import java.util.List;

import io.poolson.pool.Pool;

/**
 * Section 3: Go's victim cache, made visible. A pool is given N objects back; then two garbage
 * collections age it. After the first, the objects sit in the victim cache (still reusable);
 * after the second they are gone, and the collector may reclaim them. Each collection is a
 * {@code System.gc()} followed by a wait until the pool's GC clock has ticked
 * ({@code stats().rotations()} advanced), since the pool ages after the collection, on the
 * clock's own thread. Runs on the calling thread; not thread-safe.
 */
public final class VictimAgingExperiment {

    private static final long ROTATION_TIMEOUT_NANOS = 10_000_000_000L;

    private VictimAgingExperiment() {
    }

    /** One observation of the pool. */
    private record Moment(String when, long rotations, int held, int victims) {
        int primary() {
            return held - victims;
        }
    }

    /** Runs the experiment and describes it. */
    public static Section run(ReportOptions options, Progress progress) {
        int n = options.agingObjects();
        progress.step("victim aging: " + n + " objects, two collections");
        // One stripe whose shared chain holds all n, so that one thread's n puts are all kept and
        // the figures show aging alone, not stripe capacity.
        Pool<StringBuilder> pool = Pool.builder(() -> new StringBuilder(1024))
                .reset(sb -> sb.setLength(0))
                .stripes(1)
                .sharedCapacity(n - 1)
                .build();
        List<StringBuilder> borrowed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            borrowed.add(pool.get());
        }
        borrowed.forEach(pool::put);
        borrowed.clear();

        List<Moment> moments = new ArrayList<>();
        moments.add(observe("after put × " + n, pool));
        for (int gc = 1; gc <= 2; gc++) {
            long target = pool.stats().rotations() + 1;
            long rotations = collectUntil(pool, target);
            moments.add(observe("after collection " + gc, pool));
            if (rotations > target) {
                progress.step("  (another collection happened meanwhile: " + rotations + " rotations)");
            }
        }
        long missesBefore = pool.stats().misses();
        for (int i = 0; i < n; i++) {
            borrowed.add(pool.get());
        }
        long created = pool.stats().misses() - missesBefore;
        borrowed.forEach(pool::put);
        return describe(n, moments, created);
    }

    private static Moment observe(String when, Pool<?> pool) {
        return new Moment(when, pool.stats().rotations(), pool.idle(), pool.idleVictims());
    }

    /** System.gc() until the pool's GC clock reaches {@code target} rotations; returns the count. */
    private static long collectUntil(Pool<?> pool, long target) {
        long deadline = System.nanoTime() + ROTATION_TIMEOUT_NANOS;
        while (pool.stats().rotations() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the pool's GC clock did not tick within 10 s of System.gc(); "
                        + "is -XX:+DisableExplicitGC set?");
            }
            System.gc();
            long wait = System.nanoTime() + 1_000_000_000L;
            while (pool.stats().rotations() < target && System.nanoTime() < wait) {
                sleepOneMilli();
            }
        }
        return pool.stats().rotations();
    }

    private static Section describe(int n, List<Moment> moments, long created) {
        StringBuilder listing = new StringBuilder();
        Table.Builder table = Table.builder("Objects the pool holds", "moment", "rotations",
                "held (idle())", "in primary", "in victim (idleVictims())");
        BarChart.Builder chart = BarChart.builder("Objects held by the pool", "objects");
        for (Moment m : moments) {
            listing.append(String.format("%-22s held %3d  (primary %3d, victim %3d)  rotations %d%n",
                    m.when() + ":", m.held(), m.primary(), m.victims(), m.rotations()));
            table.row(m.when(), m.rotations(), m.held(), m.primary(), m.victims());
            chart.group(m.when()).bar("primary", m.primary(), 0).bar("victim", m.victims(), 2);
        }
        listing.append(String.format("%-22s %d of %d came from the factory%n", "then get() × " + n + ":", created, n));
        return new Section("aging", "3. Victim aging: what a collection does to pooled objects", List.of(
                new Block.Paragraph("A pool gets " + n + " objects back. Like Go's sync.Pool, poolson keeps them "
                        + "through one garbage collection (moved to the victim cache, still reusable) and drops "
                        + "them at the next, so an idle pool costs no memory for long. Each collection below is "
                        + "System.gc() followed by a wait until the pool's GC clock has rotated it."),
                new Block.Listing(listing.toString()),
                table.build(),
                chart.build()));
    }

    private static void sleepOneMilli() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the GC clock", e);
        }
    }
}
