package io.poolson.serializer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Random maps of every supported key and value type, nested, from one {@link Random}. Hand-rolled
 * rather than composed from jqwik combinators, which take minutes to build thousands of nested maps;
 * jqwik still drives it (seed, tries, reporting) through {@code Arbitraries.randomValue}.
 */
final class RandomValues {
    enum Size {
        SMALL,
        LARGE {
            @Override
            public String toString() {
                return "large!";
            }
        }
    }

    private static final String[] SPECIALS = {"\"", "\\", "/", "\u007f", "\b", "\t", "\n", "\f", "\r", "'", "<", "&", ""};

    private RandomValues() {
    }

    /** A string made of pieces from every escaping class and UTF-8 length, paired and lone surrogates. */
    static String string(Random r) {
        StringBuilder sb = new StringBuilder();
        int pieces = r.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            switch (r.nextInt(9)) {
                case 0 -> sb.append((char) ('a' + r.nextInt(26))).append(r.nextInt(100));
                case 1 -> sb.append((char) r.nextInt(0x20));
                case 2 -> sb.append(SPECIALS[r.nextInt(SPECIALS.length)]);
                case 3 -> sb.append((char) (0x80 + r.nextInt(0x800 - 0x80)));
                case 4 -> sb.append((char) (0x800 + r.nextInt(0xD800 - 0x800)));
                case 5 -> sb.append((char) (0xE000 + r.nextInt(0x10000 - 0xE000)));
                case 6 -> sb.append((char) (0xD800 + r.nextInt(0x800)));
                case 7 -> sb.appendCodePoint(0x10000 + r.nextInt(Character.MAX_CODE_POINT - 0xFFFF));
                default -> sb.append((char) r.nextInt(0x10000));
            }
        }
        return sb.toString();
    }

    static Map<Object, Object> map(Random r, int depth) {
        Map<Object, Object> m = r.nextBoolean() ? new LinkedHashMap<>() : new HashMap<>();
        int n = r.nextInt(9);
        for (int i = 0; i < n; i++) {
            m.put(key(r), value(r, depth));
        }
        return m;
    }

    static Object key(Random r) {
        int kind = r.nextInt(20);
        return kind < 6 ? string(r) : scalar(r, kind - 6);
    }

    static Object value(Random r, int depth) {
        int kind = r.nextInt(depth > 0 ? 34 : 27);
        if (kind < 20) {
            return kind < 4 ? string(r) : scalar(r, kind - 4);
        }
        switch (kind) {
            case 20: return null;
            case 21: return bytes(r);
            case 22: return string(r).toCharArray();
            case 23: return new StringBuffer(string(r));
            case 24: return primitiveArray(r);
            case 25: return new ArrayList<>();
            case 26: return new HashMap<>();
            case 27: case 28: return map(r, depth - 1);
            default: break;
        }
        List<Object> items = new ArrayList<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            items.add(value(r, depth - 1));
        }
        switch (kind) {
            case 29: case 30: return items;
            case 31: return items.toArray();
            case 32: return new LinkedHashSet<>(items);
            default: return (Iterable<Object>) items::iterator;
        }
    }

    /** Scalars that are valid as keys and values; kind in [0, 14). */
    private static Object scalar(Random r, int kind) {
        switch (kind) {
            case 0: return r.nextInt(3) == 0 ? INT_EDGES[r.nextInt(INT_EDGES.length)] : r.nextInt();
            case 1: return r.nextBoolean() ? r.nextLong() : (long) r.nextInt();
            case 2: return (short) r.nextInt();
            case 3: return (byte) r.nextInt();
            case 4: return aDouble(r);
            case 5: return r.nextBoolean() ? Float.intBitsToFloat(r.nextInt()) : (float) DOUBLE_EDGES[r.nextInt(DOUBLE_EDGES.length)];
            case 6: return (char) r.nextInt(0x10000);
            case 7: return r.nextBoolean();
            case 8: return r.nextBoolean() ? Size.SMALL : Size.LARGE;
            case 9: return new BigInteger(130, r).subtract(BigInteger.ONE.shiftLeft(129));
            case 10: return new BigDecimal(new BigInteger(100, r), r.nextInt(61) - 30);
            case 11: return new AtomicInteger(r.nextInt());
            case 12: return new AtomicLong(r.nextLong());
            case 13: return new AtomicBoolean(r.nextBoolean());
            default: return new StringBuilder(string(r));
        }
    }

    /**
     * Any bits, an edge case, a whole number of thousandths (prices, measurements: Thousandths' fast
     * path), or a decimal of up to nine digits at any exponent from 10^-25 to 10^29 (coordinates,
     * readings: ShortDecimals' path on JDK 17, and past both of its ends).
     */
    private static double aDouble(Random r) {
        switch (r.nextInt(4)) {
            case 0: return Double.longBitsToDouble(r.nextLong());
            case 1: return DOUBLE_EDGES[r.nextInt(DOUBLE_EDGES.length)];
            case 2: return r.nextLong(-9_999_999_999L, 10_000_000_000L) / 1000.0;
            default: return Double.parseDouble((r.nextBoolean() ? "-" : "") + r.nextLong(1, 1_000_000_000L) + "e" + r.nextInt(-25, 22));
        }
    }

    private static final int[] INT_EDGES = {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1, 9, 10, 99, 100, -100, 999_999_999};
    private static final double[] DOUBLE_EDGES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
        1e7, 1e-3, 1e-4, 2e23, 1e23, 5e-324, Double.MAX_VALUE, 0.1, 1.0 / 3, 1e-22, 9.99999999e17, 1e18, 9.43608079e18};

    private static byte[] bytes(Random r) {
        byte[] b = new byte[r.nextInt(20)];
        r.nextBytes(b);
        return b;
    }

    private static Object primitiveArray(Random r) {
        int n = r.nextInt(6);
        switch (r.nextInt(6)) {
            case 0: return r.ints(n).toArray();
            case 1: return r.longs(n).toArray();
            case 2: {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (short) r.nextInt();
                }
                return a;
            }
            case 3: {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = aDouble(r);
                }
                return a;
            }
            case 4: {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Float.intBitsToFloat(r.nextInt());
                }
                return a;
            }
            default: {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) {
                    a[i] = r.nextBoolean();
                }
                return a;
            }
        }
    }
}
