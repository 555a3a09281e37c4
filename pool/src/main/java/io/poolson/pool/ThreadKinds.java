package io.poolson.pool;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Tells virtual threads from platform threads on every JDK from 17 on: {@code Thread.isVirtual()}
 * exists from JDK 21, and on older JDKs every thread is a platform thread.
 *
 * <p>Asked by every put that finds its home stripe without an owner, which in a program of
 * virtual threads alone is every put: the handle is a static final, so the JIT binds
 * {@code invokeExact} to the method itself.
 */
final class ThreadKinds {
    /** {@code Thread.isVirtual()}, or null where the JDK has no virtual threads. */
    private static final MethodHandle IS_VIRTUAL = lookupIsVirtual();

    private ThreadKinds() {
    }

    static boolean isVirtual(Thread t) {
        if (IS_VIRTUAL == null) {
            return false;
        }
        try {
            return (boolean) IS_VIRTUAL.invokeExact(t);
        } catch (Throwable e) {
            throw new IllegalStateException("Thread.isVirtual() failed", e);
        }
    }

    private static MethodHandle lookupIsVirtual() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
