package io.poolson.bench.pool;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;

/**
 * Jackson 2's {@link JsonRecyclerPools}, each reporting every {@link BufferRecycler} it creates to a
 * callback, for {@link VirtualThreadObjectCount}. The stateful pools are subclassed at their
 * {@code createPooled()} factory (their constructors are protected for this); the thread-local pool
 * has no overridable factory, so it is wrapped and counts the distinct recyclers it hands out.
 * Each pool is exactly as thread-safe as Jackson's; the callback must be thread-safe.
 */
public final class JacksonPools {

    private JacksonPools() {
    }

    /** A new {@link JsonRecyclerPools.LockFreePool} (deprecated since Jackson 2.18) reporting each creation. */
    @SuppressWarnings("deprecation") // measured because it is still shipped and was briefly the default
    public static RecyclerPool<BufferRecycler> lockFree(Runnable onCreate) {
        return new JsonRecyclerPools.LockFreePool(RecyclerPool.StatefulImplBase.SERIALIZATION_NON_SHARED) {
            private static final long serialVersionUID = 1L;

            @Override
            public BufferRecycler createPooled() {
                onCreate.run();
                return super.createPooled();
            }
        };
    }

    /** A new {@link JsonRecyclerPools.ConcurrentDequePool} (Jackson 2.18+'s default) reporting each creation. */
    public static RecyclerPool<BufferRecycler> concurrentDeque(Runnable onCreate) {
        return new JsonRecyclerPools.ConcurrentDequePool(RecyclerPool.StatefulImplBase.SERIALIZATION_NON_SHARED) {
            private static final long serialVersionUID = 1L;

            @Override
            public BufferRecycler createPooled() {
                onCreate.run();
                return super.createPooled();
            }
        };
    }

    /** A new {@link JsonRecyclerPools.BoundedPool} of Jackson's default capacity (100) reporting each creation. */
    public static RecyclerPool<BufferRecycler> bounded(Runnable onCreate) {
        return new JsonRecyclerPools.BoundedPool(RecyclerPool.BoundedPoolBase.DEFAULT_CAPACITY) {
            private static final long serialVersionUID = 1L;

            @Override
            public BufferRecycler createPooled() {
                onCreate.run();
                return super.createPooled();
            }
        };
    }

    /**
     * {@link JsonRecyclerPools#threadLocalPool()}, reporting each recycler it hands out for the
     * first time. Seen recyclers are held weakly by identity ({@code BufferRecycler} keeps
     * {@code Object}'s equality), so the count is exact and costs no memory beyond live recyclers.
     */
    public static RecyclerPool<BufferRecycler> threadLocal(Runnable onCreate) {
        return new FirstSightCounting(JsonRecyclerPools.threadLocalPool(), onCreate);
    }

    private static final class FirstSightCounting implements RecyclerPool<BufferRecycler> {
        private static final long serialVersionUID = 1L;

        private final RecyclerPool<BufferRecycler> delegate;
        private final transient Runnable onCreate;
        private final transient Map<BufferRecycler, Boolean> seen = Collections.synchronizedMap(new WeakHashMap<>());

        FirstSightCounting(RecyclerPool<BufferRecycler> delegate, Runnable onCreate) {
            this.delegate = delegate;
            this.onCreate = onCreate;
        }

        @Override
        public BufferRecycler acquirePooled() {
            BufferRecycler recycler = delegate.acquirePooled();
            if (seen.put(recycler, Boolean.TRUE) == null) {
                onCreate.run();
            }
            return recycler;
        }

        @Override
        public void releasePooled(BufferRecycler pooled) {
            delegate.releasePooled(pooled);
        }
    }
}
