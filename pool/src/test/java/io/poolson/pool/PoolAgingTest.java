package io.poolson.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/** Aging by real garbage collections, through the process-wide GC clock. */
class PoolAgingTest {

    @Test
    void survivesOneCollectionAndIsGoneAfterTheSecond() {
        Pool<StringBuilder> pool = Pool.builder(StringBuilder::new).reset(sb -> sb.setLength(0)).build();
        StringBuilder kept = pool.get();
        pool.put(kept);

        Gc.rotations(pool, 1);
        assertEquals(1, pool.idleVictims(), "after one collection the object sits in the victim cache");
        assertSame(kept, pool.get(), "an object survives one collection");

        StringBuilder aged = pool.get();
        pool.put(aged);
        Gc.rotations(pool, 2);
        assertEquals(0, pool.idle(), "after two collections nothing is held");
        long missesBefore = pool.stats().misses();
        assertNotSame(aged, pool.get(), "an object is gone after the second collection");
        assertEquals(missesBefore + 1, pool.stats().misses());
    }

    @Test
    void unreferencedPoolIsCollectedWithItsContents() {
        WeakReference<Pool<Object>> poolRef = new WeakReference<>(Pool.builder(Object::new).build());
        Object content = new Object();
        poolRef.get().put(content);
        WeakReference<Object> contentRef = new WeakReference<>(content);
        content = null;
        assertTrue(Gc.collected(poolRef), "the GC clock's registry must not keep a pool alive");
        assertTrue(Gc.collected(contentRef), "what the pool held goes with it");
    }

    @Test
    void clockKeepsTickingAcrossManyCollections() {
        Pool<Object> pool = Pool.builder(Object::new).build();
        long ticks = GcClock.instance().ticks();
        Gc.rotations(pool, 3);
        assertTrue(GcClock.instance().ticks() >= ticks + 3);
    }
}
