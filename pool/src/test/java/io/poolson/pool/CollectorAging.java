package io.poolson.pool;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The child JVM of {@link CollectorAgingTest}, run under one collector: prints, as
 * {@code key=value} lines, what the GC clock did. First, garbage alone (no {@code System.gc()})
 * until the pool has rotated {@link #ROTATIONS} times: the rotations against the collections the
 * JVM counted. Then the aging rule with {@code System.gc()}, as {@link PoolAgingTest} checks it under
 * the default collector.
 */
public final class CollectorAging {
    static final int ROTATIONS = 20;
    private static volatile Object sink;

    private CollectorAging() {
    }

    public static void main(String[] args) throws InterruptedException {
        Pool<StringBuilder> pool = Pool.builder(StringBuilder::new).reset(sb -> sb.setLength(0)).build();
        AgingRule.awaitClockProbe();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        System.out.println("collectors=" + beans.stream().map(GarbageCollectorMXBean::getName).collect(Collectors.joining(",")));
        System.out.println("probed=" + GcClock.instance().probed());
        System.out.println("notifications=" + GcClock.instance().ticksOnNotifications());

        long collectionsBefore = collections(beans);
        long rotationsBefore = pool.stats().rotations();
        while (pool.stats().rotations() - rotationsBefore < ROTATIONS && System.nanoTime() < deadline) {
            for (int i = 0; i < 1000; i++) {
                sink = new byte[1024];
            }
        }
        Thread.sleep(500); // the last collections' ticks, which run after them on another thread
        System.out.println("rotations=" + (pool.stats().rotations() - rotationsBefore));
        System.out.println("collections=" + (collections(beans) - collectionsBefore));

        // A concurrent collector (ZGC, Shenandoah) may still be running a cycle the garbage started,
        // which would rotate the pool once more in the middle of the checks below: wait until the
        // collection counts have stood still for half a second.
        long seen = -1;
        while (collections(beans) != seen && System.nanoTime() < deadline + Duration.ofSeconds(10).toNanos()) {
            seen = collections(beans);
            Thread.sleep(500);
        }
        System.out.println("quiet=" + (collections(beans) == seen));

        AgingRule.report(pool);
    }

    /** Collections so far: every bean but the ones that count pauses within a cycle (ZGC, Shenandoah). */
    private static long collections(List<GarbageCollectorMXBean> beans) {
        return beans.stream().filter(b -> !b.getName().endsWith("Pauses"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
