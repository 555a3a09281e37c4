package io.poolson.pool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/*
 * Cache-line padding around the hot part of a stripe. Superclass fields are laid out before
 * subclass fields, so the 128 bytes here and in StripePadRight keep the private slot and the
 * counters of two stripes from ever sharing a cache line (or an adjacent-line prefetch pair),
 * the same reason Go pads poolLocal to 128 bytes.
 */
abstract class StripePadLeft {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

abstract class StripeHot extends StripePadLeft {
    /** The first-choice slot: one atomic operation on a line few other threads write. */
    volatile Object privateSlot;

    /*
     * Statistics. Plain fields, updated with plain increments by whichever thread has this
     * stripe as home: an atomic add would double the cost of the fast path. When two threads
     * share a stripe at the same instant an increment can be lost, which PoolStats documents.
     */
    long privateHits, sharedHits, steals, victimHits, misses;
    long keptPrivate, keptShared, drops, rejects;
}

abstract class StripePadRight extends StripeHot {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}

/**
 * One stripe of a {@link Pool}: Go's {@code poolLocal}. A private slot, then a bounded shared
 * chain of slots.
 *
 * <p>Go's owner P alone touches {@code private} and the head of {@code shared} because it
 * disables preemption while it does. The JVM cannot pin a thread to a stripe, and two threads
 * (say, two virtual threads with colliding ids) may have the same home stripe, so here every
 * slot is taken with an atomic swap and filled with a compare-and-set. An object therefore sits
 * in at most one slot, and only the one thread whose swap saw it can take it: no object is ever
 * lent twice, whatever races with what.
 *
 * <p>The shared chain is an array of slots. The owner's end ("head") is the high end: a push
 * fills the lowest free slot and the owner pops the highest filled one, so the object it gets is
 * usually the one it put last (temporal locality, as in Go). Thieves take from the low end
 * ("tail"), where the oldest objects are, so owner and thief rarely touch the same slot.
 */
final class Stripe extends StripePadRight {
    private static final VarHandle PRIVATE;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    /** Slots of padding at each end of {@link #shared}, so two stripes' arrays never share a line. */
    private static final int PAD = 32;

    static {
        try {
            PRIVATE = MethodHandles.lookup().findVarHandle(StripeHot.class, "privateSlot", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Object[] shared;
    private final int capacity;

    Stripe(int sharedCapacity) {
        this.capacity = sharedCapacity;
        this.shared = new Object[PAD + sharedCapacity + PAD];
    }

    /** Takes the private object, or returns null. Reads first so an empty slot costs no write. */
    Object takePrivate() {
        return privateSlot == null ? null : PRIVATE.getAndSet(this, null);
    }

    /** Stores x in the private slot if it is empty. */
    boolean offerPrivate(Object x) {
        return privateSlot == null && PRIVATE.compareAndSet(this, null, x);
    }

    /** Stores x in the lowest free shared slot; false when every slot is full. */
    boolean pushHead(Object x) {
        Object[] s = shared;
        for (int i = PAD, end = PAD + capacity; i < end; i++) {
            if (SLOT.getAcquire(s, i) == null && SLOT.compareAndSet(s, i, null, x)) {
                return true;
            }
        }
        return false;
    }

    /** The owner's pop: the most recently filled end. */
    Object popHead() {
        Object[] s = shared;
        for (int i = PAD + capacity - 1; i >= PAD; i--) {
            if (SLOT.getAcquire(s, i) != null) {
                Object x = SLOT.getAndSet(s, i, null);
                if (x != null) {
                    return x;
                }
            }
        }
        return null;
    }

    /** A thief's pop: the oldest end, away from where the owner works. */
    Object popTail() {
        Object[] s = shared;
        for (int i = PAD, end = PAD + capacity; i < end; i++) {
            if (SLOT.getAcquire(s, i) != null) {
                Object x = SLOT.getAndSet(s, i, null);
                if (x != null) {
                    return x;
                }
            }
        }
        return null;
    }

    /** Drops every object held, each with an atomic swap so a racing taker still gets it at most once. */
    void drain() {
        PRIVATE.getAndSet(this, null);
        Object[] s = shared;
        for (int i = PAD, end = PAD + capacity; i < end; i++) {
            SLOT.getAndSet(s, i, null);
        }
    }

    /** How many objects this stripe holds now; a snapshot, racy by nature. */
    int idle() {
        int n = privateSlot == null ? 0 : 1;
        Object[] s = shared;
        for (int i = PAD, end = PAD + capacity; i < end; i++) {
            if (SLOT.getAcquire(s, i) != null) {
                n++;
            }
        }
        return n;
    }
}
