package io.poolson.pool;

/**
 * A snapshot of a {@link Pool}'s counters since it was built.
 *
 * <p>Every {@code get} counts in exactly one of {@code privateHits}, {@code sharedHits},
 * {@code steals}, {@code victimHits} or {@code misses} (a factory call); every non-null
 * {@code put} in exactly one of {@code keptPrivate}, {@code keptShared}, {@code drops} (its stripe
 * was full) or {@code rejects} (the reset hook threw or the retention rule said no).
 *
 * <p>Accuracy: counters are kept per stripe with plain increments, so they are exact while each
 * stripe is used by one thread at a time (in particular, for a single thread), and may lose an
 * increment when two threads share a stripe at the same instant. The snapshot is not atomic
 * across counters. {@code rotations} is exact.
 *
 * @param privateHits gets served from the home stripe's owned slot (the caller owns the stripe) or
 *                    its private slot
 * @param sharedHits  gets served from the home stripe's shared chain
 * @param steals      gets served from another stripe
 * @param victimHits  gets served from the victim cache (objects that survived one collection)
 * @param misses      gets that called the factory
 * @param keptPrivate puts stored in the home stripe's owned slot or its private slot
 * @param keptShared  puts stored in the home stripe's shared chain
 * @param drops       puts dropped because the home stripe was full
 * @param rejects     puts dropped because the reset hook threw or the retention rule refused
 * @param rotations   GC-driven agings of this pool (plus explicit ones in tests)
 * @param idle        objects the pool held when the snapshot was taken, primary and victim
 *                    ({@link Pool#idle()}): with {@code capacity}, what bounds the memory it retains
 * @param capacity    the most objects the pool can hold at once ({@link Pool#capacity()})
 */
public record PoolStats(long privateHits, long sharedHits, long steals, long victimHits, long misses,
                        long keptPrivate, long keptShared, long drops, long rejects, long rotations,
                        int idle, int capacity) {

    /**
     * All gets: hits at every level plus misses.
     *
     * @return {@link #hits()} + {@code misses}
     */
    public long gets() {
        return hits() + misses;
    }

    /**
     * Gets that reused a pooled object.
     *
     * @return {@code privateHits + sharedHits + steals + victimHits}
     */
    public long hits() {
        return privateHits + sharedHits + steals + victimHits;
    }

    /**
     * All non-null puts, kept or not.
     *
     * @return {@link #kept()} + {@code drops + rejects}
     */
    public long puts() {
        return keptPrivate + keptShared + drops + rejects;
    }

    /**
     * Puts whose object the pool kept.
     *
     * @return {@code keptPrivate + keptShared}
     */
    public long kept() {
        return keptPrivate + keptShared;
    }
}
