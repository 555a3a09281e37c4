package io.poolson.pool;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;

/**
 * The child JVM of {@link GcClockThreadsTest}: builds the JVM's first pool (which starts the GC
 * clock's threads) from a thread that carries an inheritable thread-local and a context class
 * loader of its own, as a request thread of a web application would, then lets go of both and
 * reports whether they could be collected and what the clock's threads carry.
 */
public final class ClockThreadsInheritance {
    private static final InheritableThreadLocal<Object> REQUEST_CONTEXT = new InheritableThreadLocal<>();

    private ClockThreadsInheritance() {
    }

    public static void main(String[] args) throws Exception {
        Thread self = Thread.currentThread();
        ClassLoader systemLoader = self.getContextClassLoader();
        Object context = new byte[1 << 20];
        ClassLoader applicationLoader = new URLClassLoader(new URL[0], systemLoader);
        WeakReference<Object> contextRef = new WeakReference<>(context);
        WeakReference<ClassLoader> loaderRef = new WeakReference<>(applicationLoader);
        REQUEST_CONTEXT.set(context);
        self.setContextClassLoader(applicationLoader);

        Pool<Object> pool = Pool.builder(Object::new).build();
        AgingRule.awaitClockProbe();

        REQUEST_CONTEXT.remove();
        self.setContextClassLoader(systemLoader);
        context = null;
        applicationLoader = null;
        boolean collected = Gc.until(() -> contextRef.get() == null && loaderRef.get() == null, Duration.ofSeconds(20));
        System.out.println("contextCollected=" + (contextRef.get() == null));
        System.out.println("loaderCollected=" + (loaderRef.get() == null));
        System.out.println("bothCollected=" + collected);
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("poolson-gc-clock")) {
                System.out.println(t.getName() + ".daemon=" + t.isDaemon());
                System.out.println(t.getName() + ".contextLoader=" + t.getContextClassLoader());
            }
        }
        System.out.println("pool=" + (pool != null));
    }
}
