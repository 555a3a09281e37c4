package io.poolson.bench.soak;

import io.poolson.bench.serializer.Payloads;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The maps the soak writes: mixed maps of every size from empty to thousands of entries holding every
 * supported kind of value (strings needing escapes, non-ASCII, surrogate pairs and lone surrogates,
 * numbers of every type and edge value, nested maps and lists, primitive arrays, Base64 bytes), and
 * the two huge documents — many entries, and one long string. Stateless; each call builds new maps,
 * which are not modified afterwards and may be read by any number of threads.
 */
final class SoakMaps {
    /** Entry counts of the corpus, from empty to large; a map size is drawn from these. */
    private static final int[] SIZES = {0, 1, 3, 10, 30, 100, 300, 1000, 3000};
    private static final int MAX_NESTING = 3;

    private SoakMaps() {
    }

    /** {@code count} mixed maps of sizes drawn from small to large, plus the benchmarks' mixed payload. */
    static List<Expected> corpus(Random rnd, int count) {
        List<Expected> corpus = new ArrayList<>(count + 1);
        corpus.add(Expected.of("Payloads.mixed()", Payloads.mixed()));
        for (int i = 0; i < count; i++) {
            corpus.add(Expected.of("corpus map " + i, mixed(rnd)));
        }
        return corpus;
    }

    /** A mixed map whose size is drawn from {@link #SIZES}. */
    static Map<Object, Object> mixed(Random rnd) {
        return map(rnd, SIZES[rnd.nextInt(SIZES.length)], 1);
    }

    /** About {@code bytes} of JSON as many small rows, so no single value is large. */
    static Map<String, Object> hugeMap(int bytes) {
        Map<String, Object> rows = new LinkedHashMap<>();
        Random rnd = new Random(bytes);
        int written = 0;
        for (int i = 0; written < bytes; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", i);
            row.put("name", "row \u00e9 \"" + i + "\"");
            row.put("score", rnd.nextDouble());
            row.put("tags", List.of("a", i % 7 == 0 ? "\ud83d\ude00" : "b"));
            rows.put("r" + i, row);
            written += 80; // the JSON of one row, roughly
        }
        return rows;
    }

    /** One string value of {@code chars} chars: mostly ASCII, with escapes, non-ASCII and surrogate pairs. */
    static Map<String, Object> hugeString(int chars) {
        StringBuilder sb = new StringBuilder(chars);
        while (sb.length() < chars) {
            int i = sb.length();
            if (i % 4099 == 0) {
                sb.append("\ud83d\ude00");
            } else if (i % 1013 == 0) {
                sb.append('"');
            } else if (i % 97 == 0) {
                sb.append('\u00e9');
            } else {
                sb.append((char) ('a' + i % 26));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("blob", sb.toString());
        return m;
    }

    private static Map<Object, Object> map(Random rnd, int size, int depth) {
        Map<Object, Object> m = rnd.nextBoolean() ? new HashMap<>() : new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            m.put(key(rnd, i), value(rnd, depth));
        }
        return m;
    }

    /** Distinct for distinct {@code i}; Jackson 2 writes integer keys as their decimal text. */
    private static Object key(Random rnd, int i) {
        return switch (rnd.nextInt(10)) {
            case 0 -> "key \"" + i + "\" \u00e9\t";
            case 1 -> 1_000_000 + i;
            default -> "k" + i;
        };
    }

    private static Object value(Random rnd, int depth) {
        return switch (rnd.nextInt(16)) {
            case 0 -> "s" + rnd.nextInt();
            case 1 -> "q\"b\\s/\n\t\u0001\u001f " + rnd.nextInt(100);
            case 2 -> "h\u00e9llo \u2713 \u4e2d\u6587 " + rnd.nextInt(100);
            case 3 -> rnd.nextBoolean() ? "smile \ud83d\ude00" : "lone \ud800 surrogate";
            case 4 -> rnd.nextInt();
            case 5 -> rnd.nextBoolean() ? rnd.nextLong() : Long.MIN_VALUE;
            case 6 -> floating(rnd);
            case 7 -> rnd.nextBoolean();
            case 8 -> null;
            case 9 -> new BigDecimal(rnd.nextLong()).scaleByPowerOfTen(rnd.nextInt(20) - 10);
            case 10, 11 -> depth < MAX_NESTING ? map(rnd, rnd.nextInt(8), depth + 1) : "leaf";
            case 12 -> depth < MAX_NESTING ? list(rnd, depth + 1) : 1;
            case 13 -> rnd.ints(rnd.nextInt(20)).toArray();
            case 14 -> rnd.doubles(rnd.nextInt(5)).toArray();
            default -> {
                byte[] b = new byte[rnd.nextInt(40)];
                rnd.nextBytes(b);
                yield b;
            }
        };
    }

    /** A Double or Float, edge values and decimals of up to nine digits (coordinates, readings) included. */
    private static Object floating(Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0:
                return Double.NaN;
            case 1:
                return -0.0;
            case 2:
                return 1.0E-7;
            case 3:
                return (float) rnd.nextGaussian();
            case 4:
                return Double.parseDouble(rnd.nextInt(1_000_000_000) + "e" + (rnd.nextInt(47) - 25));
            default:
                return rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20);
        }
    }

    private static List<Object> list(Random rnd, int depth) {
        int n = rnd.nextInt(8);
        List<Object> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(value(rnd, depth));
        }
        return l;
    }
}
