package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jackson 2's default ObjectMapper as the reference, and a check of every output path against it. */
final class JacksonOracle {
    static final ObjectMapper JACKSON = new ObjectMapper();

    private JacksonOracle() {
    }

    static String jacksonString(Map<?, ?> map) {
        try {
            return JACKSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Jackson failed on the test input", e);
        }
    }

    static byte[] jacksonBytes(Map<?, ?> map) {
        try {
            return JACKSON.writeValueAsBytes(map);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Jackson failed on the test input", e);
        }
    }

    /** Asserts that all five outputs of {@code s} equal Jackson's; returns Jackson's string. */
    static String assertAllOutputsMatch(MapSerializer s, Map<?, ?> map) {
        String expected = jacksonString(map);
        byte[] expectedBytes = jacksonBytes(map);
        assertEquals(expected, s.toJson(map), "toJson");
        assertArrayEquals(expectedBytes, s.toJsonBytes(map), "toJsonBytes");

        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        s.writeTo(map, stream);
        assertArrayEquals(expectedBytes, stream.toByteArray(), "writeTo(OutputStream)");

        StringBuilder sb = new StringBuilder("prefix");
        s.writeTo(map, sb);
        assertEquals("prefix" + expected, sb.toString(), "writeTo(Appendable: StringBuilder)");
        StringWriter w = new StringWriter();
        s.writeTo(map, w);
        assertEquals(expected, w.toString(), "writeTo(Appendable: Writer)");

        ByteBuffer heap = ByteBuffer.allocate(expectedBytes.length + 7);
        heap.position(3);
        assertEquals(expectedBytes.length, s.writeTo(map, heap), "writeTo(ByteBuffer) result");
        assertEquals(3 + expectedBytes.length, heap.position(), "writeTo(ByteBuffer) position");
        byte[] got = new byte[expectedBytes.length];
        heap.position(3);
        heap.get(got);
        assertArrayEquals(expectedBytes, got, "writeTo(ByteBuffer)");
        return expected;
    }

    static String assertAllOutputsMatch(Map<?, ?> map) {
        return assertAllOutputsMatch(MapSerializer.defaults(), map);
    }

    /**
     * A double as a map value, in a {@code double[]} and in a list, through every output path
     * against Jackson 2, and Jackson's text against {@code Double.toString}; then after a
     * non-Latin-1 key, which switches the character output to UTF-16.
     */
    static void assertDoubleWrittenAsJackson(double d) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k", d);
        map.put("a", new double[] {d});
        map.put("l", List.of(d));
        String text = Double.toString(d);
        assertEquals("{\"k\":" + text + ",\"a\":[" + text + "],\"l\":[" + text + "]}", assertAllOutputsMatch(map));
        Map<String, Object> wide = new LinkedHashMap<>();
        wide.put("\u20ac", d);
        assertEquals("{\"\u20ac\":" + text + "}", assertAllOutputsMatch(wide));
    }
}
