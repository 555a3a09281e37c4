package io.poolson.pool;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * The {@link GcClock}'s ticks for the one collector whose collections do not all reach its
 * {@code Cleaner} sentinel: generational ZGC (JDK 21 with {@code -XX:+ZGenerational}, the only ZGC
 * from JDK 24 on). It processes references in major collections only (JEP 439: "It is not a goal to
 * perform reference processing in the young generation"), so a sentinel is found at each major cycle
 * and never at the far more frequent minor ones; measured on JDK 25, 8 ticks for 1,356 minor and 10
 * major cycles. Objects would then sit in a pool for two major cycles, minutes apart in a large heap,
 * instead of two collections. Every other collector of JDK 17 and 25 (G1, Parallel, Serial,
 * non-generational ZGC, Shenandoah, generational Shenandoah) reached the sentinel at each of its
 * collections, one tick per collection, young ones included.
 *
 * <p>For generational ZGC the clock ticks on the end-of-cycle notifications of ZGC's two cycle
 * beans instead, {@code "ZGC Minor Cycles"} and {@code "ZGC Major Cycles"} (its {@code "... Pauses"}
 * beans report the pauses inside those cycles): one notification per collection, a
 * {@code System.gc()} included, which is one major cycle and no minor one (measured). The beans are
 * found by name, as the JDK names them, so a collector this class does not know keeps the Cleaner.
 *
 * <p>Stateless; each method runs on the clock's probe thread, once.
 */
final class CycleNotifications {
    /**
     * {@code com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION},
     * spelled out so that the pool needs {@code java.management} only, not {@code jdk.management}.
     */
    private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";
    private static final Set<String> GENERATIONAL_ZGC_CYCLES = Set.of("ZGC Minor Cycles", "ZGC Major Cycles");

    private CycleNotifications() {
    }

    /**
     * The running collector's cycle beans if some of its collections never reach a Cleaner's
     * sentinel (generational ZGC), else an empty list: the Cleaner then sees every collection.
     * Asking the JVM for its collectors loads {@code java.lang.management} (15-30 ms on this
     * project's machine), which is why the clock asks on a thread of its own.
     */
    static List<NotificationEmitter> cyclesTheCleanerMisses() {
        List<NotificationEmitter> cycles = new ArrayList<>();
        for (GarbageCollectorMXBean c : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (GENERATIONAL_ZGC_CYCLES.contains(c.getName()) && c instanceof NotificationEmitter) {
                cycles.add((NotificationEmitter) c);
            }
        }
        // Both beans, or the Cleaner: ticking on one kind of cycle alone would miss the other's.
        return cycles.size() == GENERATIONAL_ZGC_CYCLES.size() ? cycles : List.of();
    }

    /** Runs {@code tick} at the end of each cycle of {@code cycles}, on the JVM's notification thread. */
    static void subscribe(List<NotificationEmitter> cycles, Runnable tick) {
        NotificationListener listener = (notification, handback) -> {
            if (GC_NOTIFICATION.equals(notification.getType())) {
                tick.run();
            }
        };
        for (NotificationEmitter c : cycles) {
            c.addNotificationListener(listener, null, null);
        }
    }
}
