package io.poolson.bench.pool;

import io.netty.util.Recycler;

/**
 * A {@link StringBuilder} in the holder Netty's {@link Recycler} requires: a pooled object keeps the
 * {@link Recycler.Handle} it was created with and gives itself back through it, as Netty's own
 * documentation shows. A holder belongs to one thread at a time, like the builder it wraps.
 */
public final class RecycledBuilder {

    private final Recycler.Handle<RecycledBuilder> handle;
    private final StringBuilder builder = BuilderWork.newBuilder();

    private RecycledBuilder(Recycler.Handle<RecycledBuilder> handle) {
        this.handle = handle;
    }

    /** The wrapped builder. */
    public StringBuilder builder() {
        return builder;
    }

    /** Gives this holder back to the recycler it came from; the caller must not touch it again. */
    public void recycle() {
        handle.recycle(this);
    }

    /**
     * A recycler as Netty's documentation shows it: default constructor, per-thread storage. Note
     * that Netty 4.2.20 pools only on threads that will clean up their {@code FastThreadLocal}s
     * (Netty's own {@code FastThreadLocalThread}s, or code run inside
     * {@code FastThreadLocalThread.runWithFastThreadLocal}); on any other thread, including JMH's
     * workers and plain virtual threads, {@code get()} creates a new, unrecyclable object every
     * time. The factory calls {@code onCreate} for each holder it creates (pass a no-op to count
     * nothing). Thread-safe as {@link Recycler} is.
     */
    public static Recycler<RecycledBuilder> newRecycler(Runnable onCreate) {
        return new Recycler<>() {
            @Override
            protected RecycledBuilder newObject(Handle<RecycledBuilder> handle) {
                onCreate.run();
                return new RecycledBuilder(handle);
            }
        };
    }

    /** Capacity of the shared recycler: Netty's default per-thread capacity. */
    public static final int SHARED_CAPACITY = 4096;

    /**
     * Netty's shareable recycler ({@code Recycler(int maxCapacity, boolean unguarded)} with
     * {@code unguarded = false}): no thread-local storage, one multi-producer multi-consumer queue
     * of up to {@link #SHARED_CAPACITY} objects that any thread may use; the recycler Netty offers
     * for threads outside its event loops. Counts creations like {@link #newRecycler}.
     */
    public static Recycler<RecycledBuilder> newSharedRecycler(Runnable onCreate) {
        return new Recycler<>(SHARED_CAPACITY, false) {
            @Override
            protected RecycledBuilder newObject(Handle<RecycledBuilder> handle) {
                onCreate.run();
                return new RecycledBuilder(handle);
            }
        };
    }
}
