package io.poolson.bench.pool;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Virtual threads for code compiled with {@code --release 17}: the JDK 21 factory is looked up
 * reflectively, so the suite builds on 17 and uses virtual threads where the running JDK has them.
 * Stateless and thread-safe.
 */
public final class VirtualThreads {

    private static final MethodHandle NEW_PER_TASK_EXECUTOR = lookUpExecutorFactory();

    private VirtualThreads() {
    }

    /** Whether the running JDK has final (non-preview) virtual threads, i.e. is JDK 21 or later. */
    public static boolean available() {
        return NEW_PER_TASK_EXECUTOR != null;
    }

    /**
     * {@code Executors.newVirtualThreadPerTaskExecutor()}: one new virtual thread per task.
     *
     * @throws UnsupportedOperationException when {@link #available()} is false
     */
    public static ExecutorService newPerTaskExecutor() {
        if (NEW_PER_TASK_EXECUTOR == null) {
            throw new UnsupportedOperationException(
                    "virtual threads need JDK 21+, running " + Runtime.version());
        }
        try {
            return (ExecutorService) NEW_PER_TASK_EXECUTOR.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static MethodHandle lookUpExecutorFactory() {
        // JDK 19-20 have the method as a preview API that throws unless --enable-preview is set.
        if (Runtime.version().feature() < 21) {
            return null;
        }
        try {
            return MethodHandles.publicLookup().findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
