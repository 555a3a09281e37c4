package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The get and put orders of issue 3, one level at a time, single-threaded unless stated. */
class PoolOrderTest {

    private final AtomicInteger created = new AtomicInteger();

    private Pool.Builder<StringBuilder> builder() {
        return Pool.builder(() -> {
            created.incrementAndGet();
            return new StringBuilder();
        }).reset(sb -> sb.setLength(0)).withoutGcClock(); // a stray collection must not reorder levels
    }

    @Test
    void emptyPoolCallsTheFactory() {
        Pool<StringBuilder> pool = builder().build();
        StringBuilder a = pool.get();
        assertEquals(1, created.get());
        assertEquals(1, pool.stats().misses());
        assertEquals(0, a.length());
    }

    @Test
    void putGoesToTheOwnedSlotAndGetTakesItFirst() {
        Pool<StringBuilder> pool = builder().build();
        StringBuilder a = pool.get();
        pool.put(a);
        PoolStats s = pool.stats();
        assertEquals(1, s.keptPrivate());
        assertEquals(0, s.keptShared());
        assertTrue(pool.ownsHome(Thread.currentThread()), "the first put claimed the home stripe");
        assertSame(a, pool.get());
        assertEquals(1, pool.stats().privateHits());
    }

    @Test
    void ownerFillsOwnedThenPrivateThenSharedHeadAndPopsInThatOrder() {
        Pool<StringBuilder> pool = builder().sharedCapacity(4).build();
        StringBuilder a = pool.get(), b = pool.get(), c = pool.get(), d = pool.get();
        pool.put(a);          // owned
        pool.put(b);          // private (atomic)
        pool.put(c);          // shared
        pool.put(d);          // shared, head
        assertEquals(2, pool.stats().keptPrivate());
        assertEquals(2, pool.stats().keptShared());
        assertSame(a, pool.get(), "owned slot first");
        assertSame(b, pool.get(), "then the private slot");
        assertSame(d, pool.get(), "then the shared head: the most recently put");
        assertSame(c, pool.get());
        PoolStats s = pool.stats();
        assertEquals(2, s.privateHits());
        assertEquals(2, s.sharedHits());
        assertEquals(4, s.misses());
    }

    @Test
    void aThreadThatDoesNotOwnItsHomeUsesThePrivateSlotAndSharedChain() throws Exception {
        Pool<StringBuilder> pool = builder().stripes(1).sharedCapacity(4).build();
        StringBuilder a = new StringBuilder(), b = new StringBuilder(), c = new StringBuilder();
        pool.put(a); // this thread now owns the only stripe
        AtomicReference<StringBuilder> got = new AtomicReference<>();
        AtomicReference<Boolean> guestOwns = new AtomicReference<>();
        Thread guest = new Thread(() -> {
            pool.put(b); // private slot
            pool.put(c); // shared head
            guestOwns.set(pool.ownsHome(Thread.currentThread()));
            got.set(pool.get());
        });
        guest.start();
        guest.join();
        assertEquals(false, guestOwns.get(), "one owner per stripe");
        assertSame(b, got.get(), "a guest's own put comes back through the private slot");
        assertSame(a, pool.get(), "the owner's object waited in the owned slot");
        assertSame(c, pool.get());
    }

    @Test
    void fullStripeDropsAndCounts() {
        Pool<StringBuilder> pool = builder().stripes(1).sharedCapacity(2).build();
        StringBuilder[] held = new StringBuilder[6];
        for (int i = 0; i < held.length; i++) {
            held[i] = pool.get();
        }
        for (StringBuilder sb : held) {
            pool.put(sb);
        }
        PoolStats s = pool.stats();
        assertEquals(2, s.keptPrivate()); // owned + private
        assertEquals(2, s.keptShared());
        assertEquals(2, s.drops());
        assertEquals(4, pool.idle());
        assertEquals(4, s.idle());
        assertEquals(2 * 1 * (2 + 2), s.capacity());
        assertEquals(6, s.puts());
    }

    @Test
    void resetRunsOnPutSoGetReturnsResetObjects() {
        Pool<StringBuilder> pool = builder().build();
        StringBuilder a = pool.get();
        a.append("dirty");
        pool.put(a);
        assertEquals(0, a.length(), "reset ran on put");
        assertEquals("", pool.get().toString());
    }

    @Test
    void retentionRuleDropsAfterReset() {
        Pool<StringBuilder> pool = builder().retainIf(sb -> sb.capacity() <= 64).build();
        StringBuilder big = pool.get();
        big.append("x".repeat(1000));
        pool.put(big);
        assertEquals(0, big.length(), "reset ran before the retention check");
        assertEquals(1, pool.stats().rejects());
        assertEquals(0, pool.idle());
        assertNotSame(big, pool.get());
    }

    @Test
    void stealsFromAnotherStripeWhenHomeIsEmptyButNeverItsOwnedSlot() throws Exception {
        Pool<StringBuilder> pool = builder().stripes(8).sharedCapacity(2).build();
        int myHome = pool.homeOf(Thread.currentThread().getId());
        StringBuilder a = new StringBuilder(), b = new StringBuilder(), c = new StringBuilder();
        // A thread whose id hashes to another stripe puts three objects: owned, private, shared.
        Thread other = otherHomeThread(pool, myHome, () -> {
            pool.put(a);
            pool.put(b);
            pool.put(c);
        });
        other.start();
        other.join();
        assertEquals(3, pool.idle());
        // Our home is empty: the first get steals the other stripe's shared tail, the second its
        // private slot; its owned slot belongs to its owner (as Go's private belongs to its P).
        assertSame(c, pool.get());
        assertSame(b, pool.get());
        assertNotSame(a, pool.get());
        assertEquals(2, pool.stats().steals());
        assertEquals(1, pool.stats().misses());
    }

    @Test
    void aDeadOwnersIndexIsFreedAtTheNextRotation() throws Exception {
        Pool<StringBuilder> pool = builder().stripes(1).build();
        Thread first = new Thread(() -> pool.put(new StringBuilder()));
        first.start();
        first.join();
        assertTrue(pool.ownsHome(first), "the dead thread still owns the stripe until a rotation looks");
        pool.put(new StringBuilder());
        assertTrue(!pool.ownsHome(Thread.currentThread()));
        pool.rotate();
        assertTrue(!pool.ownsHome(first), "released: its owner terminated");
        pool.put(new StringBuilder());
        assertTrue(pool.ownsHome(Thread.currentThread()), "the next put claims the free index");
    }

    @Test
    void aDeadOwnersVictimObjectGoesOnceToTheNextOwner() throws Exception {
        Pool<StringBuilder> pool = builder().stripes(1).build();
        StringBuilder x = new StringBuilder();
        Thread first = new Thread(() -> pool.put(x)); // owns the stripe, x in its owned slot
        first.start();
        first.join();
        pool.rotate(); // x ages into the victim's owned slot; the dead owner is let go
        StringBuilder y = new StringBuilder();
        pool.put(y); // this thread claims the free index
        assertTrue(pool.ownsHome(Thread.currentThread()));
        assertSame(y, pool.get());
        assertSame(x, pool.get(), "the owner of the index takes what its owned slot held before the collection");
        assertEquals(1, pool.stats().victimHits());
        StringBuilder third = pool.get();
        assertTrue(third != x && third != y, "x was lent once");
    }

    @Test
    void aDeadOwnerIsNotKeptReachable() throws Exception {
        Pool<StringBuilder> pool = builder().stripes(1).build();
        Thread first = new Thread(() -> pool.put(new StringBuilder()));
        first.start();
        first.join();
        java.lang.ref.WeakReference<Thread> ref = new java.lang.ref.WeakReference<>(first);
        first = null;
        pool.rotate();
        assertTrue(Gc.until(() -> ref.get() == null, java.time.Duration.ofSeconds(30)),
                "the pool still references its dead owner after a rotation");
    }

    @Test
    void threadsThatLieAboutTheirIdNeverShareAnOwnedSlot() throws Exception {
        // Thread.getId() is overridable: a thread answering the owner's id (or 0) lands on the
        // owner's stripe, but ownership is by identity, so it stays a guest.
        long mainId = Thread.currentThread().getId();
        for (long lie : new long[] {mainId, 0}) {
            Owned.Fixture f = new Owned.Fixture(b -> b.stripes(1).sharedCapacity(1).withoutGcClock());
            f.cycle(1); // this thread owns the only stripe
            java.util.concurrent.atomic.AtomicBoolean liarOwns = new java.util.concurrent.atomic.AtomicBoolean();
            Thread liar = new Thread(() -> {
                for (int i = 0; i < 2_000_000; i++) {
                    f.cycle(2);
                }
                liarOwns.set(f.pool.ownsHome(Thread.currentThread()));
            }) {
                @Override
                @SuppressWarnings("deprecation")
                public long getId() {
                    return lie;
                }
            };
            liar.start();
            for (int i = 0; i < 2_000_000; i++) {
                f.cycle(1);
            }
            liar.join();
            assertEquals(0, f.violations.get(), "an object was lent to two borrowers (lie " + lie + ")");
            assertEquals(0, f.stillLent());
            assertTrue(!liarOwns.get());
            assertTrue(f.pool.ownsHome(Thread.currentThread()));
        }
    }

    @Test
    void aLiveOwnerKeepsItsIndexAcrossRotations() throws Exception {
        Pool<StringBuilder> pool = builder().stripes(1).build();
        pool.put(new StringBuilder());
        pool.rotate();
        pool.rotate();
        assertTrue(pool.ownsHome(Thread.currentThread()));
        StringBuilder x = new StringBuilder();
        pool.put(x);
        assertSame(x, pool.get());
        assertEquals(2, pool.stats().keptPrivate());
        assertEquals(1, pool.stats().privateHits());
    }

    @Test
    void victimIsUsedAfterRotationAndOnlyAfterPrimaryAndSteals() {
        Pool<StringBuilder> pool = builder().build();
        StringBuilder old = pool.get();
        pool.put(old);
        pool.rotate();
        assertEquals(1, pool.idleVictims());
        StringBuilder fresh = new StringBuilder();
        pool.put(fresh);                       // primary now has one object
        assertSame(fresh, pool.get(), "primary before victim");
        assertSame(old, pool.get(), "victim before factory");
        assertEquals(1, pool.stats().victimHits());
        pool.get();
        assertEquals(2, pool.stats().misses());
    }

    @Test
    void twoRotationsDropEverything() {
        Pool<StringBuilder> pool = builder().build();
        StringBuilder a = pool.get();
        pool.put(a);
        pool.rotate();
        pool.rotate();
        assertEquals(0, pool.idle());
        assertNotSame(a, pool.get());
        assertEquals(2, pool.stats().rotations());
    }

    @Test
    void clearDropsPrimaryAndVictim() {
        Pool<StringBuilder> pool = builder().build();
        StringBuilder a = pool.get(), b = pool.get();
        pool.put(a);
        pool.rotate();
        pool.put(b);
        assertEquals(2, pool.idle());
        pool.clear();
        assertEquals(0, pool.idle());
        StringBuilder c = pool.get();
        assertTrue(c != a && c != b);
    }

    @Test
    void applyReturnsTheObjectAlsoWhenTheActionThrows() {
        Pool<StringBuilder> pool = builder().build();
        AtomicReference<StringBuilder> seen = new AtomicReference<>();
        String r = pool.apply(sb -> {
            seen.set(sb);
            return sb.append("ok").toString();
        });
        assertEquals("ok", r);
        assertEquals(1, pool.idle());
        RuntimeException boom = new RuntimeException("boom");
        try {
            pool.apply(sb -> {
                sb.append("half-written");
                throw boom;
            });
        } catch (RuntimeException e) {
            assertSame(boom, e);
        }
        assertEquals(1, pool.idle());
        assertSame(seen.get(), pool.get());
        assertEquals(0, seen.get().length());
    }

    @Test
    void stripesAreRoundedToPowersOfTwoAndConsecutiveIdsSpread() {
        Pool<StringBuilder> pool = builder().stripes(5).build();
        assertEquals(8, pool.stripes());
        // Fibonacci hashing: any 4 consecutive thread ids land on 4 distinct stripes of 8.
        for (long base = 1; base < 10_000; base++) {
            java.util.Set<Integer> homes = new java.util.HashSet<>();
            for (long id = base; id < base + 4; id++) {
                homes.add(pool.homeOf(id));
            }
            assertEquals(4, homes.size(), "ids " + base + ".." + (base + 3));
        }
        assertEquals(2 * 8 * (2 + 4), pool.capacity());
    }

    static Thread otherHomeThread(Pool<?> pool, int notHome, Runnable body) {
        for (int i = 0; i < 1000; i++) {
            Thread t = new Thread(body);
            if (pool.homeOf(t.getId()) != notHome) {
                return t;
            }
        }
        throw new AssertionError("no thread with another home stripe in 1000 tries");
    }
}
