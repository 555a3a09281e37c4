package io.poolson.bench.serializer;

import java.util.Map;

/**
 * The seed's {@code JsonMar1} in Java: a fresh buffer per call and one concatenated string per entry
 * ({@code "\"" + k + "\":" + v + ","}), trailing comma cut off at the end. Two fixes so that its
 * output is valid JSON equal to Jackson's: the seed's {@code {"data":{ ... "}}} wrapper (whose
 * {@code "}} closes a string never opened) is replaced by the map's own braces. Like the seed it
 * escapes nothing, so it is correct only for keys without characters JSON must escape, which holds
 * for the benchmark's {@code "key"+i} keys. Stateless and thread-safe.
 */
public final class SeedNaiveSerializer {

    private SeedNaiveSerializer() {
    }

    /** {@code map} as a JSON object, in the map's iteration order. */
    public static String toJson(Map<String, Integer> map) {
        StringBuilder buf = new StringBuilder();
        buf.append('{');
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            buf.append("\"" + e.getKey() + "\":" + e.getValue() + ",");
        }
        if (!map.isEmpty()) {
            buf.setLength(buf.length() - 1);
        }
        buf.append('}');
        return buf.toString();
    }
}
