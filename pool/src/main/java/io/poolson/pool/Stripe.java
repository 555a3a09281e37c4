package io.poolson.pool;

import io.poolson.pool.internal.LeadingPadding;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/*
 * Cache-line padding around the hot part of a stripe: LeadingPadding ahead of it and StripePadRight
 * after it, 128 bytes each, keep the private slot and the counters of two stripes from ever sharing
 * a cache line (or an adjacent-line prefetch pair), the same reason Go pads poolLocal to 128 bytes.
 * The padding is bytes (see LeadingPadding): a long-only pad once let the JVM put the private slot
 * in the hole after the object header, on the cache line of whatever object preceded the stripe
 * (for stripe 0, the stripe array every get() reads): two threads homed on stripes 0 and 3 ran
 * 1.5-2x slower than on stripes 1 and 6. StripeLayoutTest checks the offsets.
 */
abstract class StripeHot extends LeadingPadding {
    /**
     * The platform thread that owns this stripe index, or null. Mirrored into both stripe sets of
     * a pool (see Pool#claim), so the owner check reads the stripe it is about to use and no other
     * line. Compared by identity, not by thread id: {@code Thread.getId()} may be overridden, and
     * two threads answering the same id must never both believe they own a slot. Read plainly:
     * the only question a thread asks is "is it me?", and only that thread ever stores itself
     * here, so a stale value can only send it down the slower atomic path. Held strongly (a weak
     * reference would need its own safe publication); a terminated owner is dropped at the next
     * rotation, so a pool keeps at most one dead thread per stripe, until the next collection.
     */
    Thread owner;

    /*
     * The owner's slot: Go's poolLocal.private. Only the owning thread reads or fills it, so it is
     * a plain field with no atomic operation, as Go's private needs none while its P is pinned.
     * Other threads only ever empty it (drain, at a rotation or clear), with an atomic swap whose
     * result they discard: a race with the owner can therefore drop an object, never lend one
     * twice, and every value the owner can read is either one it stored itself or null.
     *
     * A borrow does not empty the slot: it marks the object lent (ownedLent) and leaves the
     * reference in place, so that the usual return, of the very object the owner borrowed, is an
     * int store and not a reference store. A reference store into a long-lived stripe pays the
     * collector's write barrier (with G1, a StoreLoad fence and a card check once stripe and
     * object sit in different old regions); with old objects the lent mark measured 0.3-0.8 ns
     * faster per borrow than emptying and refilling the slot (bench/results, *-owned-lent-ab.txt).
     * The price is that the pool references a lent object until it comes back, is replaced, or
     * the stripe is drained (at most two collections later, like an idle object); Pool#put
     * forgets it when the owner returns it and it is rejected (retention rule, throwing reset).
     */
    Object ownedSlot;

    /*
     * Whether the owner has lent the object in ownedSlot and not yet returned it. Read and written
     * by the owner only, plainly. Drains leave it alone: it only means something while the slot
     * holds an object, and a drained slot holds none. An int used as a boolean (0 or 1): a
     * one-byte field leaves a hole in this class's layout that the JVM fills with the right
     * padding's bytes, in the middle of the hot fields (StripeLayoutTest catches it).
     */
    int ownedLent;

    /**
     * The slot every thread homed here reaches with one atomic operation: the first choice of
     * threads that do not own the stripe, the owner's second.
     */
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
    byte q000, q001, q002, q003, q004, q005, q006, q007, q008, q009, q010, q011, q012, q013, q014, q015;
    byte q016, q017, q018, q019, q020, q021, q022, q023, q024, q025, q026, q027, q028, q029, q030, q031;
    byte q032, q033, q034, q035, q036, q037, q038, q039, q040, q041, q042, q043, q044, q045, q046, q047;
    byte q048, q049, q050, q051, q052, q053, q054, q055, q056, q057, q058, q059, q060, q061, q062, q063;
    byte q064, q065, q066, q067, q068, q069, q070, q071, q072, q073, q074, q075, q076, q077, q078, q079;
    byte q080, q081, q082, q083, q084, q085, q086, q087, q088, q089, q090, q091, q092, q093, q094, q095;
    byte q096, q097, q098, q099, q100, q101, q102, q103, q104, q105, q106, q107, q108, q109, q110, q111;
    byte q112, q113, q114, q115, q116, q117, q118, q119, q120, q121, q122, q123, q124, q125, q126, q127;
}

/**
 * One stripe of a {@link Pool}: Go's {@code poolLocal}. An owned slot for the one thread that
 * owns the stripe, a private slot for every thread homed here, then a bounded shared chain.
 *
 * <p>Go's owner P alone touches {@code private} and the head of {@code shared} because it
 * disables preemption while it does. The JVM cannot pin a thread to a stripe, and two threads
 * (say, two virtual threads with colliding ids) may have the same home stripe. What it can do is
 * name one thread the stripe's owner: that thread alone uses the owned slot, with plain loads and
 * stores, and is the only thread that can ever take what is in it. Every other slot is taken with
 * an atomic swap and filled with a compare-and-set. An object therefore sits in at most one slot,
 * and only the one thread whose swap (or, for the owned slot, whose ownership) saw it can take
 * it: no object is ever lent twice, whatever races with what.
 *
 * <p>The shared chain is an array of slots. The end used by the threads homed here ("head") is
 * the high end: a push fills the lowest free slot and a home thread pops the highest filled one,
 * so the object it gets is usually the one it put last (temporal locality, as in Go). Thieves
 * take from the low end ("tail"), where the oldest objects are, so home threads and thieves
 * rarely touch the same slot.
 */
final class Stripe extends StripePadRight {
    private static final VarHandle PRIVATE;
    private static final VarHandle OWNED;
    private static final VarHandle OWNER;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    /** Slots of padding at each end of {@link #shared}, so two stripes' arrays never share a line. */
    private static final int PAD = 32;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            PRIVATE = lookup.findVarHandle(StripeHot.class, "privateSlot", Object.class);
            OWNED = lookup.findVarHandle(StripeHot.class, "ownedSlot", Object.class);
            OWNER = lookup.findVarHandle(StripeHot.class, "owner", Thread.class);
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

    /** Claims the stripe for thread {@code t} if no thread owns it. */
    boolean claimOwner(Thread t) {
        return OWNER.compareAndSet(this, null, t);
    }

    /** The owner, as the last claim or release published it. */
    Thread ownerAcquire() {
        return (Thread) OWNER.getAcquire(this);
    }

    /** Frees the stripe for the next claim, after every other write of the release (release store). */
    void releaseOwner() {
        OWNER.setRelease(this, (Thread) null);
    }

    /**
     * The owner's take: the idle object in the owned slot, now marked lent, or null. Plain loads
     * and stores, for the stripe's owner only (see {@link #ownedSlot}).
     */
    Object takeOwned() {
        Object x = ownedSlot;
        if (x == null || ownedLent != 0) {
            return null;
        }
        ownedLent = 1;
        return x;
    }

    /**
     * The owner's return: keeps x in the owned slot if the slot holds x itself (lent by
     * {@link #takeOwned}), nothing, or another object the owner has lent, which the pool then
     * stops referencing. False when the slot holds an idle object. For the stripe's owner only.
     */
    boolean offerOwned(Object x) {
        Object held = ownedSlot;
        if (held == x) {
            // The common case: no reference store, hence no write barrier (see ownedSlot).
            ownedLent = 0;
            return true;
        }
        if (held != null && ownedLent == 0) {
            return false;
        }
        ownedSlot = x;
        ownedLent = 0;
        return true;
    }

    /**
     * Stops referencing x if the owned slot holds it: the owner's answer to a put that rejected
     * x, so that the pool does not keep alive an object it was told not to keep. For the stripe's
     * owner only.
     */
    void forgetOwned(Object x) {
        if (ownedSlot == x) {
            ownedSlot = null;
        }
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

    /** A home thread's pop: the most recently filled end. */
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

    /** A thief's pop: the oldest end, away from where the home threads work. */
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
        OWNED.getAndSet(this, null);
        PRIVATE.getAndSet(this, null);
        Object[] s = shared;
        for (int i = PAD, end = PAD + capacity; i < end; i++) {
            SLOT.getAndSet(s, i, null);
        }
    }

    /** How many of this stripe's slots hold x, the owned slot included; for tests, racy by nature. */
    int occurrences(Object x) {
        int n = (OWNED.getOpaque(this) == x && ownedLent == 0 ? 1 : 0) + (privateSlot == x ? 1 : 0);
        Object[] s = shared;
        for (int i = PAD, end = PAD + capacity; i < end; i++) {
            if (SLOT.getAcquire(s, i) == x) {
                n++;
            }
        }
        return n;
    }

    /** How many objects this stripe holds now; a snapshot, racy by nature. */
    int idle() {
        int n = (privateSlot == null ? 0 : 1) + (OWNED.getOpaque(this) == null || ownedLent != 0 ? 0 : 1);
        Object[] s = shared;
        for (int i = PAD, end = PAD + capacity; i < end; i++) {
            if (SLOT.getAcquire(s, i) != null) {
                n++;
            }
        }
        return n;
    }
}
