package io.poolson.pool;

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
        AgingRule.awaitClockProbe();
        System.out.println("management=" + ModuleLayer.boot().findModule("java.management").isPresent());
        System.out.println("probed=" + GcClock.instance().probed());
        System.out.println("notifications=" + GcClock.instance().ticksOnNotifications());

        AgingRule.report(pool);
        System.out.println("uncaught=" + uncaught);
    }
}
