package io.poolson.pool;

import java.time.Duration;

/**
 * The child JVM of {@link GcClockWithoutManagementTest}, run on a Java runtime with
 * {@code java.base} alone: the GC clock's probe cannot ask for the collectors there, and the
 * Cleaner must go on ageing pools. Uses nothing outside {@code java.base}. Prints
 * {@code key=value} lines.
 */
public final class ClockWithoutManagement {
    private ClockWithoutManagement() {
    }

    public static void main(String[] args) throws InterruptedException {
        java.util.List<String> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(t.getName() + ": " + e));
        Pool<StringBuilder> pool = Pool.builder(StringBuilder::new).reset(sb -> sb.setLength(0)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!GcClock.instance().probed() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        System.out.println("management=" + ModuleLayer.boot().findModule("java.management").isPresent());
        System.out.println("probed=" + GcClock.instance().probed());
        System.out.println("notifications=" + GcClock.instance().ticksOnNotifications());

        StringBuilder kept = pool.get();
        pool.put(kept);
        Gc.rotations(pool, 1);
        System.out.println("survivedOne=" + (pool.get() == kept));
        StringBuilder aged = pool.get();
        pool.put(aged);
        Gc.rotations(pool, 2);
        System.out.println("idleAfterTwo=" + pool.idle());
        System.out.println("goneAfterTwo=" + (pool.get() != aged));
        System.out.println("uncaught=" + uncaught);
    }
}
