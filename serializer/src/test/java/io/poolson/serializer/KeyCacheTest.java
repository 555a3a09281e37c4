package io.poolson.serializer;

import static io.poolson.serializer.JacksonOracle.assertAllOutputsMatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-writer key cache never changes output: collisions, equal copies, overflow, escapes. */
class KeyCacheTest {
    @Test
    void keysWithTheSameHashCodeDoNotShareACacheSlotsEncoding() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        MapSerializer s = MapSerializer.builder().build();
        for (int i = 0; i < 3; i++) {
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put(i % 2 == 0 ? "Aa" : "BB", 1);
            m.put(i % 2 == 0 ? "BB" : "Aa", 2);
            assertAllOutputsMatch(s, m);
        }
    }

    @Test
    void moreKeysThanSlotsLongKeysAndEscapedKeysStayCorrectAcrossCalls() {
        MapSerializer s = MapSerializer.builder().build();
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < 3 * KeyCache.MAX_SLOTS; i++) {
            m.put("key\n\"" + i + "\u00e9\ud800", i);
        }
        m.put("k".repeat(KeyCache.MAX_KEY_LENGTH + 1), "long");
        for (int round = 0; round < 3; round++) {
            assertAllOutputsMatch(s, m);
            Map<String, Object> copies = new LinkedHashMap<>();
            m.forEach((k, v) -> copies.put(new String(k.toCharArray()), v));
            assertAllOutputsMatch(s, copies);
        }
    }

    @Test
    void predictsTheNextKeyFromTheLastDocumentAndFallsBackToTheHashTable() {
        KeyCache cache = new PaddedKeyCache();
        String a = "alpha";
        String b = "beta";
        assertEquals(-1, cache.find(a));
        int atA = cache.reserve(a, 8);
        assertEquals(-1, cache.find(b));
        int atB = cache.reserve(b, 7);
        assertEquals(8, atB - atA, "forms sit side by side in the arena");
        cache.rewind();
        assertEquals(atA, KeyCache.offset(cache.find(a)));
        assertEquals(7, KeyCache.length(cache.find(b)));
        cache.rewind();
        // Out of order and equal-but-not-identical keys go through the hash table.
        assertEquals(atB, KeyCache.offset(cache.find(new String("beta".toCharArray()))));
        assertEquals(atA, KeyCache.offset(cache.find(new String("alpha".toCharArray()))));
        assertEquals(-1, cache.find("gamma"));
    }

    @Test
    void refusesLongKeysAndStopsAtItsCapacity() {
        KeyCache cache = new PaddedKeyCache();
        assertEquals(-1, cache.reserve("k".repeat(KeyCache.MAX_KEY_LENGTH + 1), 70));
        int kept = 0;
        for (int i = 0; i < 2 * KeyCache.CAPACITY; i++) {
            if (cache.reserve("key" + i, 8) >= 0) {
                kept++;
            }
        }
        assertTrue(kept <= KeyCache.CAPACITY && kept > KeyCache.CAPACITY / 2, "kept " + kept);
    }

    @Test
    void clearsItselfWhenItStopsPaying() {
        KeyCache cache = new PaddedKeyCache();
        cache.reserve("old", 6);
        for (int i = 0; i < 10_000; i++) {
            cache.find("new" + i); // a workload that never hits
        }
        assertEquals(-1, cache.find("old"), "cleared after a window of misses");
        assertTrue(cache.reserve("fresh", 8) >= 0, "and refills");
    }

    @Test
    void aChangedWorkloadIsServedCorrectlyAfterTheCacheAges() {
        MapSerializer s = MapSerializer.builder().build();
        for (int generation = 0; generation < 4; generation++) {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (int i = 0; i < 400; i++) {
                m.put("g" + generation + "-" + i, i);
            }
            for (int round = 0; round < 15; round++) {
                assertEquals(JacksonOracle.jacksonString(m), s.toJson(m));
            }
        }
    }

    @Test
    void startsSmallGrowsWithTheKeysItMeetsAndStopsAtItsBound() {
        KeyCache cache = new PaddedKeyCache();
        assertTrue(cache.tableSize() <= 64, "a fresh cache is small: " + cache.tableSize());
        int[] at = new int[1000];
        for (int i = 0; i < at.length; i++) {
            at[i] = cache.reserve("key" + i, 8);
        }
        assertTrue(cache.tableSize() > 64 && cache.tableSize() <= KeyCache.MAX_SLOTS, "grew: " + cache.tableSize());
        int found = 0;
        for (int i = 0; i < at.length; i++) {
            int range = cache.find(new String(("key" + i).toCharArray()));
            if (range >= 0) {
                assertEquals(at[i], KeyCache.offset(range), "key" + i + " keeps its arena range across growth");
                found++;
            }
        }
        assertTrue(found > 900, "found " + found + " of 1000 by hash after growing");
        for (int i = 1000; i < 10_000; i++) {
            cache.reserve("key" + i, 8);
        }
        assertEquals(KeyCache.MAX_SLOTS, cache.tableSize());
    }

    @Test
    void growingArenasKeepEveryCachedFormIntact() {
        MapSerializer s = MapSerializer.builder().build();
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < 600; i++) {
            // Forms of 20–60 units: the arenas of both writers grow several times while filling.
            m.put("k" + "\u00e9\u4e2d\"".repeat(i % 10) + i, i);
        }
        for (int round = 0; round < 3; round++) {
            assertAllOutputsMatch(s, m);
        }
    }

    @Test
    void cachedFormsOfEveryShortLengthAreCopiedExactly() {
        // ByteJsonOutput.cachedKey copies forms of 4-7 bytes as two overlapping ints, 8-16 as two
        // overlapping longs, longer ones in bulk: every length from the empty key's ,"": (4 bytes)
        // to 17, each also as a map's first key (whose comma becomes the brace), from the cache.
        MapSerializer s = MapSerializer.builder().build();
        for (int first = 0; first <= 13; first++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k".repeat(first), first);
            for (int length = 0; length <= 13; length++) {
                m.putIfAbsent("x".repeat(length), length);
                m.putIfAbsent("\u00e9".repeat(length / 2) + "y".repeat(length % 2), -length);
            }
            for (int round = 0; round < 3; round++) {
                assertAllOutputsMatch(s, m);
            }
        }
    }
}
