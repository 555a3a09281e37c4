package io.poolson.serializer.jackson.internal;

import io.poolson.pool.Pool;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The policy behind the Jackson 2 and Jackson 3 {@code PoolsonRecyclerPool}s, over a poolson
 * {@link Pool} of recyclers of type {@code R}: a recycler is pooled on release only if this pool
 * made it (only those can be measured), it is no longer linked to a pool (a recycler still linked
 * would make the next {@code withPool} throw), and it retains at most {@link #MAX_RETAINED_BYTES}.
 * Anything else is dropped, never lent out. The Jackson types enter only through the hooks.
 *
 * <p>Thread-safe: all methods may be called from any number of platform or virtual threads, and
 * everything a recycler's previous user wrote happens-before its next acquisition.
 *
 * @param <R> the recycler type ({@code BufferRecycler} of one Jackson version)
 * @param <M> the class of the recyclers this pool makes and keeps
 */
public final class RecyclerPoolCore<R, M extends R> {
    /**
     * A recycler retaining more buffer memory than this is dropped on release instead of pooled,
     * so one huge document does not pin huge buffers.
     */
    public static final long MAX_RETAINED_BYTES = RetainedBuffers.DEFAULT_LIMIT;

    private final String description;
    private final Class<M> made;
    private final Pool<M> pool;

    /**
     * @param shared        whether this backs the process-wide pool (shown by {@link #toString()})
     * @param factory       makes new recyclers, all of class {@code made}
     * @param made          the class of what {@code factory} makes: only its instances are pooled
     * @param linked        whether a recycler is still linked to a pool
     * @param overLimit     whether a recycler of class {@code made} retains more than
     *                      {@link #MAX_RETAINED_BYTES} of buffers (see {@link RetainedBuffers})
     */
    public RecyclerPoolCore(boolean shared, Supplier<M> factory, Class<M> made,
                            Predicate<? super M> linked, Predicate<? super M> overLimit) {
        this.description = "PoolsonRecyclerPool[" + (shared ? "shared" : "own") + ", ";
        this.made = made;
        this.pool = Pool.builder(factory)
                .retainIf(r -> !linked.test(r) && !overLimit.test(r))
                .build();
    }

    /** A recycler nobody else holds: an idle one, or a new one. */
    public R acquire() {
        return pool.get();
    }

    /**
     * Takes back a recycler no longer used by the caller; pools it if the policy allows.
     *
     * @throws NullPointerException if {@code pooled} is null
     */
    public void release(R pooled) {
        // The exact class, not isInstance: M is final, and a comparison with the class this pool
        // was built with is the cheapest test there is on every release.
        if (Objects.requireNonNull(pooled, "pooled").getClass() == made) {
            pool.put(made.cast(pooled));
        }
        // A recycler this pool did not make cannot be measured: leave it to the collector.
    }

    /** Idle recyclers right now, including those that survived one collection; a snapshot. */
    public int idle() {
        return pool.idle();
    }

    /** Drops every idle recycler. */
    public void clear() {
        pool.clear();
    }

    @Override
    public String toString() {
        return description + pool + "]";
    }
}
