package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The owned slot keeps referencing the object its owner borrowed, marked lent, so that the usual
 * return stores no reference (see Stripe#ownedSlot). These tests pin what that must never cost:
 * an object lent twice, or an object kept reachable that the pool was told not to keep.
 */
class OwnedSlotLendingTest {

    private static Pool.Builder<StringBuilder> builder() {
        return Pool.builder((Supplier<StringBuilder>) StringBuilder::new)
                .reset(sb -> sb.setLength(0))
                .withoutGcClock(); // rotations only where a test asks for them
    }

    @Test
    void aLentObjectIsNotLentAgainWhileTheSlotStillReferencesIt() {
        Pool<StringBuilder> pool = builder().stripes(1).build();
        StringBuilder a = pool.get();
        pool.put(a);                       // owned slot
        assertSame(a, pool.get());         // lent; the slot still references it
        StringBuilder b = pool.get();      // nested borrow by the owner
        assertNotSame(a, b, "the owned slot lent its object twice");
        assertEquals(0, pool.occurrences(a), "a lent object is not idle in the pool");
    }

    @Test
    void returningAnotherObjectReplacesTheLentOneAndBothAreLentOnce() {
        Pool<StringBuilder> pool = builder().stripes(1).build();
        StringBuilder a = pool.get();
        pool.put(a);
        StringBuilder x = pool.get();      // a, lent from the owned slot
        StringBuilder y = pool.get();      // a new one
        pool.put(y);                       // the owned slot now holds y, idle
        pool.put(x);                       // the slot is busy: the private slot
        assertEquals(1, pool.occurrences(a));
        assertEquals(1, pool.occurrences(y));
        StringBuilder first = pool.get(), second = pool.get(), third = pool.get();
        assertSame(y, first, "owned slot first");
        assertSame(a, second, "then the private slot");
        assertNotSame(a, third);
        assertNotSame(y, third);
    }

    @Test
    void aStaleLentMarkInTheVictimSetNeverLendsTheObjectTwice() {
        Pool<StringBuilder> pool = builder().stripes(1).build();
        StringBuilder a = pool.get();
        pool.put(a);
        pool.rotate();                     // a is idle in the victim set's owned slot
        assertSame(a, pool.get(), "from the victim's owned slot, now marked lent there");
        pool.put(a);                       // into the new primary's owned slot
        assertSame(a, pool.get());         // lent from the primary; the victim still references it
        StringBuilder b = pool.get();
        assertNotSame(a, b, "the victim's owned slot lent an object that was out");
        assertEquals(0, pool.occurrences(a));
    }

    @Test
    void aBorrowedObjectThePoolRejectsIsNotKeptReachable() {
        Pool<StringBuilder> pool = builder().stripes(1).retainIf(sb -> sb.capacity() <= 64).build();
        StringBuilder first = pool.get();
        pool.put(first);
        WeakReference<StringBuilder> ref = lendGrowAndReturn(pool, first);
        first = null;
        assertTrue(Gc.collected(ref), "the owned slot kept a rejected object reachable");
        assertEquals(1, pool.stats().rejects());
        assertEquals(0, pool.idle());
    }

    @Test
    void aBorrowedObjectWhoseResetThrowsIsNotKeptReachable() {
        AtomicBoolean failing = new AtomicBoolean();
        Pool<StringBuilder> pool = builder().stripes(1).reset(sb -> {
            if (failing.get()) {
                throw new IllegalStateException("reset failed");
            }
            sb.setLength(0);
        }).build();
        StringBuilder first = pool.get();
        pool.put(first);
        WeakReference<StringBuilder> ref = lendAndFailToReturn(pool, first, failing);
        first = null;
        assertTrue(Gc.collected(ref), "the owned slot kept an object whose reset threw reachable");
        assertEquals(1, pool.stats().rejects());
    }

    /** Borrows expected (from the owned slot) and returns it with a reset that throws. */
    private static WeakReference<StringBuilder> lendAndFailToReturn(Pool<StringBuilder> pool, StringBuilder expected,
            AtomicBoolean failing) {
        StringBuilder lent = pool.get();
        assertSame(expected, lent);
        failing.set(true);
        assertThrows(IllegalStateException.class, () -> pool.put(lent));
        failing.set(false);
        return new WeakReference<>(lent);
    }

    @Test
    void aRejectedObjectIsForgottenInTheVictimSetToo() {
        Pool<StringBuilder> pool = builder().stripes(1).retainIf(sb -> sb.capacity() <= 64).build();
        StringBuilder a = pool.get();
        pool.put(a);
        pool.rotate();
        assertSame(a, pool.get());         // lent from the victim's owned slot
        pool.put(a);                       // primary's owned slot
        WeakReference<StringBuilder> ref = lendGrowAndReturn(pool, a);
        a = null;
        assertTrue(Gc.collected(ref), "the victim's owned slot kept a rejected object reachable");
    }

    @Test
    void anObjectRejectedByAnotherThreadIsLetGoAtTheOwnersNextReturn() throws Exception {
        Pool<StringBuilder> pool = builder().stripes(1).retainIf(sb -> sb.capacity() <= 64).build();
        StringBuilder first = pool.get();
        pool.put(first);
        WeakReference<StringBuilder> ref = lendAndHandOver(pool, first);
        first = null;
        // The owner's slot still references the handed-over object, marked lent: the owner's next
        // return, of another object, replaces it.
        StringBuilder other = pool.get();
        pool.put(other);
        assertTrue(Gc.collected(ref), "the owned slot kept an object rejected by another thread");
        assertSame(other, pool.get());
    }

    /** Borrows expected (from the owned slot) and lets another thread grow and return it. */
    private static WeakReference<StringBuilder> lendAndHandOver(Pool<StringBuilder> pool, StringBuilder expected)
            throws InterruptedException {
        StringBuilder lent = pool.get();
        assertSame(expected, lent);
        Thread other = new Thread(() -> {
            lent.append("x".repeat(1000));
            pool.put(lent);
        });
        other.start();
        other.join();
        assertEquals(1, pool.stats().rejects());
        return new WeakReference<>(lent);
    }

    /** Borrows expected (from the owned slot), grows it past the retention rule, returns it. */
    private static WeakReference<StringBuilder> lendGrowAndReturn(Pool<StringBuilder> pool, StringBuilder expected) {
        StringBuilder lent = pool.get();
        assertSame(expected, lent);
        lent.append("x".repeat(1000));
        pool.put(lent);
        return new WeakReference<>(lent);
    }
}
