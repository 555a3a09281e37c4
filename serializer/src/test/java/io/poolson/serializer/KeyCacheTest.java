package io.poolson.serializer;

import static io.poolson.serializer.JacksonOracle.assertAllOutputsMatch;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        for (int i = 0; i < 3 * KeyCache.SLOTS; i++) {
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
}
