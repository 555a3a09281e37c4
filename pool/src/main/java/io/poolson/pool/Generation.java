package io.poolson.pool;

/**
 * One pairing of a pool's two stripe sets: which is primary and which is the victim cache.
 *
 * <p>A pool owns exactly two stripe sets and two generations, {@code (A, B)} and {@code (B, A)},
 * each the other's {@link #next}. Aging a pool is publishing the other generation after draining
 * what becomes its primary (the old victim): victim ← primary, primary ← empty, as Go's
 * {@code poolCleanup}, but without allocating anything at each GC. The slow paths load the
 * generation once per operation, so they see a consistent pair; the fast paths of get and put read
 * the pool's copy of the primary set instead (Pool#primary says why that is safe).
 */
final class Generation {
    final Stripe[] primary;
    final Stripe[] victim;
    Generation next;

    /*
     * Set when a get found nothing anywhere in the victim cache, so later misses skip the scan
     * until the next rotation, as Go's getSlow stores victimSize = 0. Racy by design, and every
     * race only hides objects, never lends one twice:
     * - a stale false costs one extra scan;
     * - an object put into the victim after it was marked is invisible until it ages out;
     * - a get that loaded this generation, stalled across two rotations (so this generation is
     *   current again, its flag freshly cleared) and then finished its empty scan, marks the new
     *   victim drained while it may hold objects: they are unreachable until the next rotation.
     * Each costs at most a factory call per miss until the next collection, which the pool's
     * contract (anything may be dropped at any GC) already allows.
     */
    volatile boolean victimDrained;

    Generation(Stripe[] primary, Stripe[] victim) {
        this.primary = primary;
        this.victim = victim;
    }
}
