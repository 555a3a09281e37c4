package io.poolson.serializer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A map could not be written as JSON: a null or unsupported key, an unsupported value, nesting deeper
 * than the configured limit, or a cycle. The message names the problem and where it is; {@link #path()}
 * gives the location alone.
 *
 * <h2>Path syntax</h2>
 * A path starts with {@code $}, the map passed in. Each step down is {@code .name} for a map key that
 * is a plain identifier ({@code [A-Za-z_][A-Za-z0-9_]*}), {@code ['text']} for any other key (its JSON
 * key text, with {@code \}, {@code '} and controls escaped as in JSON: <code>\\ \' \n &#92;u0001</code>),
 * and {@code [i]} for the i-th element (from 0) of a collection, iterable or array. Examples:
 * {@code $.orders[3].price}, {@code $['first name']}, {@code $['42'].items[0]}.
 *
 * <p>Instances are immutable once thrown out of the serializer and safe to share between threads.
 */
public final class JsonSerializationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problem alone, without where it is: the message until the path is known. */
    private final String problem;
    /** Whether nesting passed the depth limit: only then is a cycle looked for. */
    private final boolean depthExceeded;
    /** Steps from the failing spot outwards: a {@code String} key text or an {@code Integer} index. */
    private transient List<Object> steps = new ArrayList<>();
    /** Containers from the innermost outwards; only kept for depth errors, to tell cycles apart. */
    private transient List<Object> containers;
    /** Where the problem is, as {@link #path()} returns it. */
    private String path;
    /** The problem and where it is, or the cycle found; what {@link #getMessage()} returns. */
    private String message;

    private JsonSerializationException(String problem, boolean depthExceeded, Object container) {
        super(problem, null, false, true);
        this.problem = problem;
        this.depthExceeded = depthExceeded;
        if (depthExceeded) {
            containers = new ArrayList<>();
            containers.add(container);
        }
    }

    static JsonSerializationException nullKey() {
        return new JsonSerializationException("Null key for a Map not allowed in JSON", false, null);
    }

    static JsonSerializationException unsupportedKey(Object key) {
        return new JsonSerializationException(
                "Unsupported map key type " + key.getClass().getName(), false, null);
    }

    static JsonSerializationException unsupportedValue(Object value, String why) {
        return new JsonSerializationException(
                "Unsupported value type " + value.getClass().getName() + why, false, null);
    }

    static JsonSerializationException tooDeep(int depth, int maxDepth, Object container) {
        return new JsonSerializationException(
                "Nesting depth " + depth + " exceeds the maximum allowed (" + maxDepth + ")", true, container);
    }

    static JsonSerializationException stackExhausted(int maxDepth) {
        return new JsonSerializationException("Nesting exhausted the thread's stack before reaching the maximum"
                + " depth (" + maxDepth + "); lower maxDepth or use a thread with a larger stack", false, null);
    }

    /** Records that the failure happened under {@code keyText} of {@code map}; returns this. */
    JsonSerializationException underKey(Map<?, ?> map, String keyText) {
        return step(map, keyText);
    }

    /** Records that the failure happened under element {@code index} of {@code container}. */
    JsonSerializationException underIndex(Object container, int index) {
        return step(container, index);
    }

    private JsonSerializationException step(Object container, Object step) {
        if (steps != null) {
            steps.add(step);
            if (containers != null) {
                containers.add(container);
            }
        }
        return this;
    }

    /**
     * Called once the exception reached the root map: renders path and message, then lets go of the
     * caller's objects so that a kept exception does not keep the map alive.
     */
    JsonSerializationException atRoot() {
        if (steps == null) {
            return this;
        }
        String where = render(steps, 0);
        String text = problem + " at " + where;
        if (depthExceeded) {
            String cycle = describeCycle();
            if (cycle != null) {
                int sep = cycle.indexOf('\n');
                where = cycle.substring(0, sep);
                text = cycle.substring(sep + 1);
            }
        }
        path = where;
        message = text;
        steps = null;
        containers = null;
        return this;
    }

    /** Returns "path\nmessage" for the first container that is its own ancestor, or null. */
    private String describeCycle() {
        // containers.get(i) is reached by steps i.. (outermost last); walk from the root inwards so
        // the reported spot is the shortest path at which the cycle closes.
        IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();
        for (int i = containers.size() - 1; i >= 0; i--) {
            Object c = containers.get(i);
            Integer ancestor = seen.putIfAbsent(c, i);
            if (ancestor != null) {
                String at = render(steps, i);
                String ancestorAt = render(steps, ancestor);
                return at + "\nCycle: the " + c.getClass().getName() + " at " + at
                        + " is the same object as its ancestor at " + ancestorAt
                        + " (a container must not contain itself, directly or indirectly)";
            }
        }
        return null;
    }

    /** The path through steps {@code from..} (innermost first), outermost step written first. */
    private static String render(List<Object> steps, int from) {
        StringBuilder sb = new StringBuilder("$");
        for (int i = steps.size() - 1; i >= from; i--) {
            Object s = steps.get(i);
            if (s instanceof Integer) {
                sb.append('[').append((int) (Integer) s).append(']');
            } else {
                appendKey(sb, (String) s);
            }
        }
        return sb.toString();
    }

    private static void appendKey(StringBuilder sb, String key) {
        if (isIdentifier(key)) {
            sb.append('.').append(key);
            return;
        }
        sb.append("['");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\'' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                int e = JsonEscapes.escapeOf(c);
                if (e == JsonEscapes.UNICODE) {
                    sb.append("\\u00").append(JsonEscapes.HEX_UPPER[c >> 4]).append(JsonEscapes.HEX_UPPER[c & 0xF]);
                } else {
                    sb.append('\\').append((char) e);
                }
            } else {
                sb.append(c);
            }
        }
        sb.append("']");
    }

    private static boolean isIdentifier(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the problem is, in the syntax described on this class, e.g. {@code $.orders[3].price}.
     *
     * @return the path from the map passed in ({@code $}) to the failing key, value or container
     */
    public String path() {
        return path;
    }

    @Override
    public String getMessage() {
        return message != null ? message : problem;
    }
}
