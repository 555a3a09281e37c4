package io.poolson.serializer;

import static io.poolson.serializer.JacksonOracle.assertAllOutputsMatch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Character output starts as Latin-1 bytes and widens to a char array at the first char above
 * U+00FF, wherever it comes: in a key (cached or not), a value, a Character, a CharSequence, a char[].
 */
class WideningTest {
    private static Map<String, Object> latin1Prefix() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plain", 1);
        m.put("caf\u00e9\n", "\u00ff\u00e9\t");
        return m;
    }

    @Test
    void wideningInEveryKindOfTokenKeepsTheOutputExact() {
        MapSerializer s = MapSerializer.builder().build();
        List<Object> wideValues = List.of("x\u0100y", "\ud83d\ude00", '\u20ac', new StringBuilder("a\u4e2d\"b"),
                new char[] {'\u00e9', '\u0101', '\n'}, List.of(1, "\u0394"), Map.of("\u03bb", 2));
        for (Object wide : wideValues) {
            Map<String, Object> m = latin1Prefix();
            m.put("w", wide);
            m.put("after", "\u00e9 still \u4e2d");
            m.put("later key", 3);
            for (int round = 0; round < 3; round++) { // later rounds hit keys cached in both modes
                assertAllOutputsMatch(s, m);
            }
        }
    }

    @Test
    void longLatin1PrefixOfEveryCharWidensExactlyAsTheBufferGrows() {
        MapSerializer s = MapSerializer.builder().build();
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            all.append(c);
        }
        for (int copies : new int[] {1, 8, 40, 3}) { // past the 1 KiB start, then smaller again
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("latin1", all.toString().repeat(copies));
            m.put("wide", "\u0100");
            assertAllOutputsMatch(s, m);
        }
    }

    @Test
    void wideningInsideAKeyThatWouldBeCached() {
        MapSerializer s = MapSerializer.builder().build();
        for (String key : new String[] {"\u0100", "abc\u0100def", "\u00e9\u0100", "first\u20ac"}) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(key, 1);
            m.put("plain", key);
            Map<String, Object> second = new LinkedHashMap<>();
            second.put("plain", 2);
            second.put(key, List.of(key));
            for (int round = 0; round < 3; round++) {
                assertAllOutputsMatch(s, m);
                assertAllOutputsMatch(s, second);
            }
        }
    }

    @Test
    void integersAfterWideningAreWrittenAsBefore() {
        // After widening, ints and longs are formatted as bytes and widened (CharArrayJsonOutput).
        List<Object> numbers = List.of(0, 7, -7, 42, -123456, Integer.MIN_VALUE, Integer.MAX_VALUE, 10L,
                Integer.MIN_VALUE - 1L, Integer.MAX_VALUE + 1L, 9_007_199_254_740_993L, Long.MIN_VALUE,
                Long.MAX_VALUE, (short) -32768, (byte) 127, 2.0, -0.25, 1.0E-7, 12.345, 1000000.01);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wide", "\u20ac");
        for (int i = 0; i < numbers.size(); i++) {
            m.put("n" + i, numbers.get(i));
        }
        m.put("list", numbers);
        m.put("ints", new int[] {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE});
        m.put("longs", new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE});
        Map<Object, Object> integralKeys = new LinkedHashMap<>();
        integralKeys.put(Long.MIN_VALUE, 1);
        integralKeys.put(Integer.MIN_VALUE, 2);
        integralKeys.put(-5, 3);
        m.put("integral keys", integralKeys);
        for (int round = 0; round < 2; round++) {
            assertAllOutputsMatch(m);
        }
    }

    @Test
    void emptyAndNestedEmptyMapsInBothModes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("e", Map.of());
        m.put("\u0100", Map.of());
        m.put("n", Map.of("k", Map.of()));
        assertAllOutputsMatch(m);
        assertAllOutputsMatch(Map.of());
    }
}
