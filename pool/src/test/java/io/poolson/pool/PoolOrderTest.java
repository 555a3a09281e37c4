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
    void putGoesToPrivateSlotAndGetTakesItFirst() {
        Pool<StringBuilder> pool = builder().build();
        StringBuilder a = pool.get();
        pool.put(a);
        PoolStats s = pool.stats();
        assertEquals(1, s.keptPrivate());
        assertEquals(0, s.keptShared());
        assertSame(a, pool.get());
        assertEquals(1, pool.stats().privateHits());
    }

    @Test
    void secondPutGoesToSharedHeadAndIsPoppedLifo() {
        Pool<StringBuilder> pool = builder().sharedCapacity(4).build();
        StringBuilder a = pool.get(), b = pool.get(), c = pool.get();
        pool.put(a);          // private
        pool.put(b);          // shared
        pool.put(c);          // shared, head
        assertEquals(1, pool.stats().keptPrivate());
        assertEquals(2, pool.stats().keptShared());
        assertSame(a, pool.get(), "private slot first");
        assertSame(c, pool.get(), "then the shared head: the most recently put");
        assertSame(b, pool.get());
        PoolStats s = pool.stats();
        assertEquals(1, s.privateHits());
        assertEquals(2, s.sharedHits());
        assertEquals(3, s.misses());
    }

    @Test
    void fullStripeDropsAndCounts() {
        Pool<StringBuilder> pool = builder().stripes(1).sharedCapacity(2).build();
        StringBuilder[] held = new StringBuilder[5];
        for (int i = 0; i < held.length; i++) {
            held[i] = pool.get();
        }
        for (StringBuilder sb : held) {
            pool.put(sb);
        }
        PoolStats s = pool.stats();
        assertEquals(1, s.keptPrivate());
        assertEquals(2, s.keptShared());
        assertEquals(2, s.drops());
        assertEquals(3, pool.idle());
        assertEquals(3, s.idle());
        assertEquals(2 * 1 * (1 + 2), s.capacity());
        assertEquals(5, s.puts());
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
    void stealsFromAnotherStripeWhenHomeIsEmpty() throws Exception {
        Pool<StringBuilder> pool = builder().stripes(8).sharedCapacity(2).build();
        int myHome = pool.homeOf(Thread.currentThread().getId());
        StringBuilder a = new StringBuilder(), b = new StringBuilder();
        // A thread whose id hashes to another stripe puts two objects: one private, one shared.
        Thread other = otherHomeThread(pool, myHome, () -> {
            pool.put(a);
            pool.put(b);
        });
        other.start();
        other.join();
        assertEquals(2, pool.idle());
        // Our home is empty: the first get steals the other stripe's shared tail, the second its private slot.
        assertSame(b, pool.get());
        assertSame(a, pool.get());
        assertEquals(2, pool.stats().steals());
        assertEquals(0, pool.stats().misses());
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
        assertEquals(2 * 8 * (1 + 4), pool.capacity());
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
