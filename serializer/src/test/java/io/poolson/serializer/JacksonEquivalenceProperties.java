package io.poolson.serializer;

import static io.poolson.serializer.JacksonOracle.assertAllOutputsMatch;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Every output path (String, bytes, OutputStream, Appendable as StringBuilder and Writer, ByteBuffer)
 * equals Jackson 2's default ObjectMapper on generated maps: 10,000 tries in all.
 */
class JacksonEquivalenceProperties {
    /** A second instance with a tiny retention cap: every call drops its writer, nothing changes. */
    private static final MapSerializer NO_RETENTION = MapSerializer.builder().retentionCap(0).build();

    @Property(tries = 3000)
    void stringToIntegerMaps(@ForAll("intMaps") Map<String, Integer> map) {
        assertAllOutputsMatch(map);
    }

    @Property(tries = 3000)
    void unicodeKeysAndValues(@ForAll("unicodeMaps") Map<String, String> map) {
        assertAllOutputsMatch(map);
        // Equal keys that are other String objects must hit the key cache with the same result.
        Map<String, String> copies = new LinkedHashMap<>();
        map.forEach((k, v) -> copies.put(new String(k.toCharArray()), v));
        assertAllOutputsMatch(copies);
        assertAllOutputsMatch(NO_RETENTION, map);
    }

    @Property(tries = 4000)
    void nestedMapsOfEverySupportedType(@ForAll("generalMaps") Map<Object, Object> map) {
        assertAllOutputsMatch(map);
    }

    @Provide
    Arbitrary<Map<String, Integer>> intMaps() {
        Arbitrary<Integer> edges = Arbitraries.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1_000_000_000, -999_999_999,
                -100, -99, -10, -9, -1, 0, 1, 9, 10, 99, 100, 65535, 999_999_999, 1_000_000_000, Integer.MAX_VALUE);
        Arbitrary<Integer> ints = Arbitraries.frequencyOf(Tuple.of(1, edges), Tuple.of(2, Arbitraries.integers()),
                Tuple.of(1, Arbitraries.integers().between(-1000, 1000)));
        Arbitrary<String> keys = Arbitraries.strings().ascii().ofMaxLength(16);
        return Arbitraries.maps(keys, ints).ofMaxSize(40).map(m -> m);
    }

    /** Pieces that strings are built of: every escaping class and every UTF-8 length, paired and lone surrogates. */
    static Arbitrary<String> unicodeStrings() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf),
                Arbitraries.of("\"", "\\", "/", "\u007f", "\b", "\t", "\n", "\f", "\r", "'", "<", "&"),
                Arbitraries.chars().range('\u0080', '\u07ff').map(String::valueOf),
                Arbitraries.chars().range('\u0800', '\ud7ff').map(String::valueOf),
                Arbitraries.chars().range('\ue000', '\uffff').map(String::valueOf),
                Arbitraries.chars().range('\ud800', '\udfff').map(String::valueOf),
                Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT).map(Character::toString),
                Arbitraries.strings().all().ofMaxLength(6));
        return piece.list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Map<String, String>> unicodeMaps() {
        return Arbitraries.maps(unicodeStrings(), unicodeStrings()).ofMaxSize(12).map(m -> m);
    }

    @Provide
    Arbitrary<Map<Object, Object>> generalMaps() {
        return Arbitraries.randomValue(r -> RandomValues.map(r, 3));
    }
}
