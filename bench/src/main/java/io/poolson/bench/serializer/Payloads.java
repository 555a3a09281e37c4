package io.poolson.bench.serializer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The maps every serializer benchmark writes, built in one place so that all contenders see the
 * same instances.
 *
 * <p>A payload is named by a string usable as a JMH {@code @Param}: a decimal size {@code n} is a
 * {@code HashMap<String,Integer>} mapping {@code "key"+i} to {@code i} for {@code i < n} (the
 * seed's {@code map[string]int}); {@link #MIXED} is a map of about twenty values of every kind a
 * JSON serializer must handle. Every call builds a new map; the maps are not modified afterwards and
 * may be read by any number of threads.
 */
public final class Payloads {

    /** The name of the mixed payload. */
    public static final String MIXED = "mixed";

    /** The name of the doubles payload (not in the default matrix: {@code -p payload=doubles}). */
    public static final String DOUBLES = "doubles";

    private Payloads() {
    }

    /** Returns the payload named {@code name}: a decimal size, {@link #MIXED} or {@link #DOUBLES}. */
    public static Map<String, ?> named(String name) {
        if (MIXED.equals(name)) {
            return mixed();
        }
        return DOUBLES.equals(name) ? doubles() : intMap(Integer.parseInt(name));
    }

    /** Returns whether {@code name} names an integer map (the seed's {@code map[string]int}). */
    public static boolean isIntMap(String name) {
        return !MIXED.equals(name) && !DOUBLES.equals(name);
    }

    /** A {@code HashMap} mapping {@code "key"+i} to {@code i} for {@code 0 <= i < size}. */
    public static Map<String, Integer> intMap(int size) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < size; i++) {
            map.put("key" + i, i);
        }
        return map;
    }

    /**
     * Twenty doubles as a metrics or pricing endpoint reports them, in a {@code LinkedHashMap}: ten
     * with at most three decimals (prices, percentages, millisecond timings, whole counts), which
     * poolson writes from a {@code long}, and ten computed values at full precision (ratios, means,
     * rates, a tiny and a huge one), which it writes with {@code Double.toString} as Jackson does.
     * So the payload shows both of poolson's double paths, half each, not only its fast one. (On
     * JDK 17 four of the ten, the coordinates, {@code 1.8456789} and {@code 1.2345e-9}, are
     * decimals of at most nine digits, which poolson writes from a {@code long} there too.)
     */
    public static Map<String, Object> doubles() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("price", 19.99);
        map.put("discount", 0.15);
        map.put("total", 1234.5);
        map.put("cpuPercent", 87.5);
        map.put("p50Millis", 12.345);
        map.put("p99Millis", 250.125);
        map.put("weightKg", 0.125);
        map.put("requests", 1500000.0);
        map.put("temperature", -3.2);
        map.put("balance", 1000000.01);
        map.put("ratio", 1.0 / 3);
        map.put("errorRate", 2.0 / 7);
        map.put("mean", 1234.5678901234);
        map.put("stddev", Math.sqrt(2));
        map.put("rate", 0.1 + 0.2);
        map.put("latitude", 52.520008);
        map.put("longitude", 13.404954);
        map.put("loadAverage", 1.8456789);
        map.put("tiny", 1.2345e-9);
        map.put("huge", 6.02214076e23);
        return map;
    }

    /**
     * A map of 22 entries mixing strings that need escaping (quotes, backslash, control characters,
     * non-ASCII, a surrogate pair, HTML characters), ints, longs, doubles in plain and exponent
     * notation, booleans, a null, a nested map, a list (with a null) and an {@code int[]}. A
     * {@code LinkedHashMap} so that the output reads in the order written here; every contender
     * iterates the same instance, so the order is the same for all.
     */
    public static Map<String, Object> mixed() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("id", 7);
        nested.put("label", "inner \"quoted\"");
        nested.put("ratio", 0.25);

        List<Object> list = new ArrayList<>(Arrays.asList(1, "two", 3.5, false, null, 9_000_000_000L));

        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "poolson");
        map.put("empty", "");
        map.put("quote", "say \"hi\" \\ and / bye");
        map.put("whitespace", "tab\there\nnew line\r\n");
        map.put("control", "\u0000\u0001\b\f\u001f\u007f");
        map.put("unicode", "h\u00e9llo w\u00f6rld \u2713 \u4e2d\u6587");
        map.put("emoji", "smile \ud83d\ude00");
        map.put("html", "<a href='x'>&amp;</a>");
        map.put("int", 42);
        map.put("negative", -123456);
        map.put("long", 9_007_199_254_740_993L);
        map.put("maxLong", Long.MAX_VALUE);
        map.put("double", 3.141592653589793);
        map.put("wholeDouble", 2.0);
        map.put("tinyDouble", 1.0E-7);
        map.put("hugeDouble", 6.02214076E23);
        map.put("true", Boolean.TRUE);
        map.put("false", Boolean.FALSE);
        map.put("null", null);
        map.put("nested", nested);
        map.put("list", list);
        map.put("array", new int[] {1, 2, 3, -4});
        return map;
    }
}
