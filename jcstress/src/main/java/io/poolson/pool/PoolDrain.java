package io.poolson.pool;

/**
 * An arbiter's view of a pool after the actors finished: borrows until the pool has nothing
 * left to lend, and reports where each tracked object came from.
 *
 * <p>Where an object came from is told by which counter the borrowing {@code get} moved: a
 * victim hit means the victim cache, a miss means the pool was empty, anything else the
 * primary cache. The counters are exact here because the arbiter is the only thread using the
 * pool. An object found twice was lent twice. Not thread-safe: for arbiters only.
 */
final class PoolDrain {
    /** The object is not in the pool: taken by an actor, dropped, or cleared. */
    static final int ABSENT = 0;
    /** The object was in the primary cache. */
    static final int PRIMARY = 1;
    /** The object was in the victim cache (it had survived one rotation). */
    static final int VICTIM = 2;
    /** The object came out of the pool more than once: it would have been lent twice. */
    static final int TWICE = 3;

    private PoolDrain() {
    }

    /**
     * Empties {@code pool} through {@link Pool#get()} and returns, for each tracked object, one
     * of {@link #ABSENT}, {@link #PRIMARY}, {@link #VICTIM} or {@link #TWICE}.
     */
    static int[] drain(Pool<?> pool, Object... tracked) {
        int[] where = new int[tracked.length];
        // One more get than the pool can hold: the last must be a miss, or something is off.
        for (int i = 0; i <= pool.capacity(); i++) {
            PoolStats before = pool.stats();
            Object x = pool.get();
            PoolStats after = pool.stats();
            if (after.misses() > before.misses()) {
                return where;
            }
            int from = after.victimHits() > before.victimHits() ? VICTIM : PRIMARY;
            for (int t = 0; t < tracked.length; t++) {
                if (x == tracked[t]) {
                    where[t] = where[t] == ABSENT ? from : TWICE;
                }
            }
        }
        throw new IllegalStateException("pool lent more objects than its capacity " + pool.capacity());
    }
}
