package io.poolson.serializer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Walks a map and its values depth first and writes each as Jackson 2's default {@code ObjectMapper}
 * would, into a {@link JsonOutput}. The only place that knows which Java types map to which JSON.
 *
 * <p>Dispatch is on the runtime class, cheapest and commonest first ({@code String}, {@code Integer},
 * nested maps), the rare types in {@link #writeOther} so that {@link #writeValue} stays small enough
 * to inline. Depth is counted per container (maps, collections, iterables, arrays other than
 * {@code byte[]} and {@code char[]}, which are strings in JSON); the root map is depth 1. Cycles cost
 * nothing until they hit the depth limit: the failure is then examined for a repeated container.
 * If the output carries an {@link Admission}, every key's and value's class is put to it as the
 * containers are walked, and a refusal abandons the document (see {@link Refusal}).
 *
 * <p>Stateless and thread-safe; all state is in the output and the call stack.
 */
final class JsonTraversal {
    private JsonTraversal() {
    }

    /**
     * Thrown through the traversal when the output's {@link Admission} refuses a class: the document
     * is abandoned, so no path is rendered and no stack trace taken (a refusal is an answer, and a
     * caller may meet it on every call for a map it cannot take); one shared instance.
     */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Refusal INSTANCE = new Refusal();

        private Refusal() {
            super("a class was not admitted", null, false, false);
        }
    }

    /** Writes {@code map} as the whole document; errors leave with their path rendered. */
    static void writeDocument(JsonOutput out, Map<?, ?> map, int maxDepth) {
        try {
            writeMap(out, map, 1, maxDepth);
        } catch (JsonSerializationException e) {
            throw e.atRoot();
        } catch (StackOverflowError e) {
            // Only reachable with a large maxDepth on a small thread stack: report it like the limit.
            throw JsonSerializationException.stackExhausted(maxDepth).atRoot();
        }
    }

    private static void writeMap(JsonOutput out, Map<?, ?> map, int depth, int maxDepth) {
        if (depth > maxDepth) {
            throw JsonSerializationException.tooDeep(depth, maxDepth, map);
        }
        // Read once per container into a local, and asked next to each use: the standalone outputs,
        // which never have an admission, then run as fast as before it existed. A field load per
        // value in writeValue cost them 3-7% at 10 and 1000 entries, and fetching the value before
        // writing the key (one check for both) 5% at 10 (bench/results/jdk25-serializer-2026-11-30-admission-ab.txt).
        Admission admission = out.admission;
        // The classes last admitted in this container are not asked about again: most maps have one
        // key class and few value classes, and an identity check on a local is far cheaper than the
        // admission's own lookup (an interface call and its cache), made twice per entry: Jackson
        // 2 bytes of 10 entries 232/223 -> 214/213 ns, standalone calls unchanged
        // (bench/results/jdk25-jackson-2026-11-30-admission-memo-ab.txt).
        Class<?> keyClass = null;
        Class<?> valueClass = null;
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object key = e.getKey();
            if (admission != null && key != null) {
                keyClass = admitKey(admission, key, keyClass);
            }
            if (key instanceof String) {
                out.key((String) key, first);
            } else {
                writeOtherKey(out, key, first);
            }
            first = false;
            Object value = e.getValue();
            if (admission != null) {
                valueClass = admit(admission, value, valueClass);
            }
            try {
                writeValue(out, value, depth, maxDepth);
            } catch (JsonSerializationException x) {
                throw x.underKey(map, keyText(key));
            }
            out.flushIfFull();
        }
        if (first) {
            out.ascii('{');
        }
        out.ascii('}');
    }

    /**
     * The key's class, once admitted ({@code admitted}, the class admitted last in this container, is
     * not asked about again); throws the {@link Refusal} if the admission refuses it.
     */
    private static Class<?> admitKey(Admission admission, Object key, Class<?> admitted) {
        Class<?> c = key.getClass();
        if (c != admitted && !admission.admitsKey(c)) {
            throw Refusal.INSTANCE;
        }
        return c;
    }

    /**
     * The value's class once admitted, or for null {@code admitted} (the class admitted last in this
     * container, not asked about again); throws the {@link Refusal} if the admission refuses it.
     */
    private static Class<?> admit(Admission admission, Object value, Class<?> admitted) {
        if (value == null) {
            return admitted;
        }
        Class<?> c = value.getClass();
        if (c != admitted && !admission.admitsValue(c)) {
            throw Refusal.INSTANCE;
        }
        return c;
    }

    private static void writeOtherKey(JsonOutput out, Object key, boolean first) {
        if (key instanceof Integer || key instanceof Long || key instanceof Short || key instanceof Byte) {
            out.key(((Number) key).longValue(), first);
            return;
        }
        String text = keyText(key);
        if (text == null) {
            throw key == null ? JsonSerializationException.nullKey() : JsonSerializationException.unsupportedKey(key);
        }
        out.key(text, first);
    }

    /**
     * The JSON key text of a supported key, as Jackson 2 writes it by default: enums by
     * {@code name()}, every other supported type by {@code toString()}; null for null or unsupported.
     */
    static String keyText(Object key) {
        if (key instanceof String) {
            return (String) key;
        }
        if (key instanceof Enum) {
            return ((Enum<?>) key).name();
        }
        if (key instanceof CharSequence || key instanceof Character || key instanceof Boolean
                || isSupportedNumber(key) || key instanceof AtomicBoolean) {
            return key.toString();
        }
        return null;
    }

    private static boolean isSupportedNumber(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof Double || o instanceof Float
                || o instanceof Short || o instanceof Byte || o instanceof BigInteger || o instanceof BigDecimal
                || o instanceof AtomicInteger || o instanceof AtomicLong;
    }

    /** Kept small so that it inlines into the container loops: the commonest types, then writeOther. */
    static void writeValue(JsonOutput out, Object v, int depth, int maxDepth) {
        if (v == null) {
            out.nullValue();
            return;
        }
        Class<?> c = v.getClass();
        if (c == Integer.class) {
            out.number(((Integer) v).intValue());
        } else if (c == String.class) {
            out.string((String) v);
        } else {
            writeOther(out, v, c, depth, maxDepth);
        }
    }

    private static void writeOther(JsonOutput out, Object v, Class<?> c, int depth, int maxDepth) {
        // The final boxes first: comparing the class is one load and a compare, whereas a failed
        // instanceof of an interface (Map) scans the class's secondary supers on JDKs before 23.
        if (c == Long.class) {
            out.number(((Long) v).longValue());
        } else if (c == Boolean.class) {
            out.bool((Boolean) v);
        } else if (c == Double.class) {
            out.jsonDouble((Double) v);
        } else if (v instanceof Map) {
            writeMap(out, (Map<?, ?>) v, depth + 1, maxDepth);
        } else if (v instanceof Iterable) {
            writeIterable(out, (Iterable<?>) v, depth + 1, maxDepth);
        } else if (v instanceof CharSequence) {
            out.string((CharSequence) v);
        } else if (v instanceof Enum) {
            out.string(((Enum<?>) v).name());
        } else if (c == Float.class) {
            out.jsonFloat((Float) v);
        } else if (c == Short.class || c == Byte.class) {
            out.number(((Number) v).intValue());
        } else if (v instanceof BigDecimal || v instanceof BigInteger) {
            out.ascii(v.toString());
        } else if (c == Character.class) {
            out.string(((Character) v).charValue());
        } else {
            writeRare(out, v, c, depth, maxDepth);
        }
    }

    private static void writeRare(JsonOutput out, Object v, Class<?> c, int depth, int maxDepth) {
        if (v instanceof AtomicInteger) {
            out.number(((AtomicInteger) v).get());
        } else if (v instanceof AtomicLong) {
            out.number(((AtomicLong) v).get());
        } else if (v instanceof AtomicBoolean) {
            out.bool(((AtomicBoolean) v).get());
        } else if (c.isArray()) {
            writeArray(out, v, depth + 1, maxDepth);
        } else if (v instanceof Optional || v instanceof OptionalInt || v instanceof OptionalLong
                || v instanceof OptionalDouble) {
            throw JsonSerializationException.unsupportedValue(v,
                    " (Jackson 2 writes it only with the jackson-datatype-jdk8 module)");
        } else {
            throw JsonSerializationException.unsupportedValue(v, "");
        }
    }

    private static void writeIterable(JsonOutput out, Iterable<?> items, int depth, int maxDepth) {
        if (depth > maxDepth) {
            throw JsonSerializationException.tooDeep(depth, maxDepth, items);
        }
        out.ascii('[');
        Admission admission = out.admission;
        Class<?> itemClass = null;
        int i = 0;
        for (Object item : items) {
            if (admission != null) {
                itemClass = admit(admission, item, itemClass);
            }
            if (i > 0) {
                out.ascii(',');
            }
            try {
                writeValue(out, item, depth, maxDepth);
            } catch (JsonSerializationException x) {
                throw x.underIndex(items, i);
            }
            i++;
            out.flushIfFull();
        }
        out.ascii(']');
    }

    private static void writeArray(JsonOutput out, Object array, int depth, int maxDepth) {
        if (array instanceof byte[]) {
            out.base64((byte[]) array);
            return;
        }
        if (array instanceof char[]) {
            out.string(java.nio.CharBuffer.wrap((char[]) array));
            return;
        }
        if (depth > maxDepth) {
            throw JsonSerializationException.tooDeep(depth, maxDepth, array);
        }
        out.ascii('[');
        if (array instanceof Object[]) {
            Object[] a = (Object[]) array;
            Admission admission = out.admission;
            Class<?> itemClass = null;
            for (int i = 0; i < a.length; i++) {
                if (admission != null) {
                    itemClass = admit(admission, a[i], itemClass);
                }
                if (i > 0) {
                    out.ascii(',');
                }
                try {
                    writeValue(out, a[i], depth, maxDepth);
                } catch (JsonSerializationException x) {
                    throw x.underIndex(a, i);
                }
                out.flushIfFull();
            }
        } else {
            writePrimitives(out, array);
        }
        out.ascii(']');
    }

    private static void writePrimitives(JsonOutput out, Object array) {
        if (array instanceof int[]) {
            int[] a = (int[]) array;
            for (int i = 0; i < a.length; i++) {
                comma(out, i);
                out.number(a[i]);
            }
        } else if (array instanceof long[]) {
            long[] a = (long[]) array;
            for (int i = 0; i < a.length; i++) {
                comma(out, i);
                out.number(a[i]);
            }
        } else if (array instanceof double[]) {
            double[] a = (double[]) array;
            for (int i = 0; i < a.length; i++) {
                comma(out, i);
                out.jsonDouble(a[i]);
            }
        } else if (array instanceof float[]) {
            float[] a = (float[]) array;
            for (int i = 0; i < a.length; i++) {
                comma(out, i);
                out.jsonFloat(a[i]);
            }
        } else if (array instanceof short[]) {
            short[] a = (short[]) array;
            for (int i = 0; i < a.length; i++) {
                comma(out, i);
                out.number(a[i]);
            }
        } else {
            boolean[] a = (boolean[]) array;
            for (int i = 0; i < a.length; i++) {
                comma(out, i);
                out.bool(a[i]);
            }
        }
    }

    /** Between primitive elements; also hands a full buffer on, so huge arrays stream too. */
    private static void comma(JsonOutput out, int i) {
        if (i > 0) {
            out.ascii(',');
            if ((i & 1023) == 0) {
                out.flushIfFull();
            }
        }
    }
}
