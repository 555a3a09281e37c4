package io.poolson.serializer.jackson.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Decides, before anything is written, whether poolson can write a map exactly as a Jackson mapper
 * would: every key and value must be of a type poolson writes (see {@link #isScalar}), a
 * {@link Gate} for the mapper must approve every class met, and the nesting must fit in the room
 * the generator has left. Walks the whole tree once; consecutive entries of one class cost one
 * comparison, so a homogeneous map is cheap.
 *
 * <p>Not supported, hence always left to Jackson: enums (Jackson 3 writes {@code toString()}
 * by default, and annotations rename constants), {@code CharSequence}s other than {@code String},
 * atomics, {@code Optional}, dates, beans, {@code Iterable}s that are not {@code Collection}s, null
 * keys (so Jackson reports them, or writes them with a configured null-key serializer).
 *
 * <p>Stateless and thread-safe; the gate must be thread-safe too.
 */
public final class MapScan {
    /** Depth of a value that is no container. */
    private static final int FLAT = 0;
    /** Returned when poolson must not write the map. */
    public static final int REFUSED = -1;

    private MapScan() {
    }

    /**
     * A mapper's verdict on classes: does it write values (or keys) of this exact class with the
     * serializer whose output poolson reproduces? Called once per class change while scanning, so it
     * should cache.
     */
    public interface Gate {
        boolean approvesValue(Class<?> c);

        boolean approvesKey(Class<?> c);
    }

    /**
     * The nesting depth of {@code map} (1 for a map of scalars) if poolson can write it for the
     * mapper behind {@code gate} within {@code maxDepth} levels, else {@link #REFUSED}. A map that
     * contains itself is refused once it reaches {@code maxDepth}.
     */
    public static int depthIfWritable(Map<?, ?> map, Gate gate, int maxDepth) {
        return mapDepth(map, gate, 1, maxDepth);
    }

    private static int mapDepth(Map<?, ?> map, Gate gate, int depth, int maxDepth) {
        if (depth > maxDepth) {
            return REFUSED;
        }
        int deepest = depth;
        Class<?> lastKey = null;
        Class<?> lastValue = null;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object k = e.getKey();
            if (k == null) {
                return REFUSED;
            }
            Class<?> kc = k.getClass();
            if (kc != lastKey) {
                if (!isScalar(kc) || !gate.approvesKey(kc)) {
                    return REFUSED;
                }
                lastKey = kc;
            }
            Object v = e.getValue();
            if (v != null) {
                Class<?> vc = v.getClass();
                if (vc != lastValue || !isScalar(vc)) {
                    int d = valueDepth(v, vc, gate, depth, maxDepth);
                    if (d == REFUSED) {
                        return REFUSED;
                    }
                    deepest = Math.max(deepest, d);
                    lastValue = vc;
                }
            }
        }
        return deepest;
    }

    /** Depth reached by value {@code v} of class {@code c} inside a container at {@code depth}. */
    private static int valueDepth(Object v, Class<?> c, Gate gate, int depth, int maxDepth) {
        if (isScalar(c) || c == byte[].class || c == char[].class) {
            return gate.approvesValue(c) ? FLAT : REFUSED;
        }
        if (!gate.approvesValue(c)) {
            return REFUSED;
        }
        if (v instanceof Map) {
            return mapDepth((Map<?, ?>) v, gate, depth + 1, maxDepth);
        }
        if (v instanceof Collection) {
            return elementsDepth((Collection<?>) v, gate, depth + 1, maxDepth);
        }
        if (v instanceof Object[]) {
            return elementsDepth(java.util.Arrays.asList((Object[]) v), gate, depth + 1, maxDepth);
        }
        if (c.isArray() && c.getComponentType().isPrimitive()) {
            return depth + 1 > maxDepth ? REFUSED : depth + 1;
        }
        return REFUSED;
    }

    private static int elementsDepth(Iterable<?> items, Gate gate, int depth, int maxDepth) {
        if (depth > maxDepth) {
            return REFUSED;
        }
        int deepest = depth;
        Class<?> last = null;
        for (Object item : items) {
            if (item == null) {
                continue;
            }
            Class<?> c = item.getClass();
            if (c != last || !isScalar(c)) {
                int d = valueDepth(item, c, gate, depth, maxDepth);
                if (d == REFUSED) {
                    return REFUSED;
                }
                deepest = Math.max(deepest, d);
                last = c;
            }
        }
        return deepest;
    }

    /**
     * The classes poolson writes as a JSON scalar the way Jackson's standard serializers do, as keys
     * and as values (exact classes: a subclass may carry its own serializer).
     */
    public static boolean isScalar(Class<?> c) {
        return c == String.class || c == Integer.class || c == Long.class || c == Boolean.class
                || c == Double.class || c == Float.class || c == Short.class || c == Byte.class
                || c == Character.class || c == BigInteger.class || c == BigDecimal.class;
    }
}
