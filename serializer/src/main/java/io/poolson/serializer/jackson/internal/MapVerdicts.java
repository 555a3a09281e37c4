package io.poolson.serializer.jackson.internal;

import io.poolson.serializer.Admission;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * The decisions of a Jackson 2 or 3 {@code PoolsonMapSerializer}, over neutral inputs: is the map
 * serializer configured as a default mapper's (see {@link #isPlain}), and does the mapper write
 * keys and values of a given class the way poolson does (see {@link #admitsValue} and
 * {@link #admitsKey}, answers cached per class).
 *
 * <p>Admitted at all are only the classes poolson writes exactly as Jackson's standard serializers
 * do (exact classes: a subclass may carry its own serializer): {@code String}, the number boxes,
 * {@code Boolean}, {@code Character}, {@code BigInteger}, {@code BigDecimal} as keys and values,
 * and as values also maps, collections and arrays. Always left to Jackson: enums (Jackson 3 writes
 * {@code toString()} by default, and annotations rename constants), {@code CharSequence}s other than
 * {@code String}, atomics, {@code Optional}, dates, beans, {@code Iterable}s that are not
 * {@code Collection}s, null keys (so Jackson reports them, or writes them with a configured null-key
 * serializer). The serializer's own configuration is passed in once; what depends on the call (the
 * provider or context, of type {@code C}) is asked through the hooks, which each version
 * implements with its own types. One instance per serializer instance (answers depend on its
 * property).
 *
 * <p>Thread-safe: the caches are concurrent maps, read after a racy array of recent approvals
 * (see {@code Answers}); the hooks must be thread-safe too.
 *
 * @param <C> the Jackson per-call type ({@code SerializerProvider} or {@code SerializationContext})
 */
public abstract class MapVerdicts<C> {
    private final PristineMapper defaults;
    private final boolean entryRules;
    private final Class<?> keyType;
    private final Class<?> keySerializer;
    private final Class<?> valueType;
    private final boolean genericValueType;
    private final Class<?> valueSerializer;
    private final Answers<C> values = new Answers<>(this::valueVerdict);
    private final Answers<C> keys = new Answers<>(this::keyVerdict);
    /** Lazily: the plainness of the serializer's own configuration. */
    private volatile Boolean plain;

    /**
     * @param defaults         the version's pristine mapper
     * @param entryRules       whether the serializer ignores or includes entries, has a filter,
     *                         sorts keys, has a content inclusion rule or a value type serializer
     * @param keyType          the declared raw key type
     * @param keySerializer    the class of the static key serializer, or null
     * @param valueType        the declared raw value type
     * @param genericValueType whether the declared value type has type parameters
     * @param valueSerializer  the class of the static value serializer, or null
     */
    protected MapVerdicts(PristineMapper defaults, boolean entryRules, Class<?> keyType, Class<?> keySerializer,
                          Class<?> valueType, boolean genericValueType, Class<?> valueSerializer) {
        this.defaults = defaults;
        this.entryRules = entryRules;
        this.keyType = keyType;
        this.keySerializer = keySerializer;
        this.valueType = valueType;
        this.genericValueType = genericValueType;
        this.valueSerializer = valueSerializer;
    }

    /** Whether the mapper has default typing enabled. */
    protected abstract boolean defaultTyping(C call);

    /** The serializer the call finds for values of {@code c} (as the map serializer would), or null if it fails. */
    protected abstract Object findValueSerializer(Class<?> c, C call);

    /** Whether {@code serializer} is a {@code PoolsonMapSerializer} that {@link #isPlain is plain}. */
    protected abstract boolean isPlainPoolsonMap(Object serializer, C call);

    /** The type {@code serializer} (one returned by {@link #findValueSerializer}) handles. */
    protected abstract Class<?> handledType(Object serializer);

    /** Whether the format for {@code type} (for the serializer's property) has no shape or unwrapping override. */
    protected abstract boolean plainFormat(Class<?> type, C call);

    /** The class of the key serializer the call finds for keys of {@code c}, or null if it fails. */
    protected abstract Class<?> findKeySerializer(Class<?> c, C call);

    /** True if the serializer is configured as a default mapper's map serializer. */
    public final boolean isPlain(C call) {
        Boolean p = plain;
        if (p == null) {
            p = computePlain(call);
            plain = p;
        }
        return p;
    }

    private boolean computePlain(C call) {
        if (entryRules || defaultTyping(call)) {
            return false;
        }
        if (keySerializer == null || (keyType != Object.class && !isScalar(keyType))
                || keySerializer != defaults.keySerializer(keyType)) {
            return false;
        }
        return valueSerializer == null
                || (isScalar(valueType) && valueSerializer == defaults.valueSerializer(valueType));
    }

    /**
     * Whether the mapper writes values of exactly class {@code c} the way poolson does, for this call:
     * {@link Admission#admitsValue} for the object that is a module write's admission. Answers are
     * cached across calls. One admission covers the whole tree of a map, nested maps included: a
     * nested map is admitted only if the mapper writes it with a plain {@code PoolsonMapSerializer}.
     */
    public final boolean admitsValue(Class<?> c, C call) {
        return values.approves(c, call);
    }

    /** Whether the mapper writes map keys of exactly class {@code c} the way poolson does: {@link Admission#admitsKey}. */
    public final boolean admitsKey(Class<?> c, C call) {
        return keys.approves(c, call);
    }

    /** One verdict (on keys or on values) per class, computed once and cached. Thread-safe. */
    private static final class Answers<C> {
        /** Enough for every value class of a typical mixed map (string, numbers, boolean, map, list, array). */
        private static final int RECENT = 8;

        private final Map<Class<?>, Boolean> cache = new ConcurrentHashMap<>();
        private final BiPredicate<Class<?>, C> verdict;
        /*
         * The last classes approved, checked by identity before the concurrent map: poolson asks
         * for every key and value, a map of mixed values changes class at almost every entry, and a
         * few identity checks are cheaper than a hash lookup. Plain, not volatile, fields: only
         * approvals are stored (an answer never changes for a class) and Class objects are always
         * safely published, so a racy read can only miss and take the lookup. Slots are replaced
         * round robin; a race may lose one store, never corrupt a slot.
         */
        private final Class<?>[] recent = new Class<?>[RECENT];
        private int next;

        Answers(BiPredicate<Class<?>, C> verdict) {
            this.verdict = verdict;
        }

        /** Small, so that it inlines into poolson's traversal; the lookup is out of line. */
        boolean approves(Class<?> c, C call) {
            Class<?>[] r = recent;
            for (int i = 0; i < r.length; i++) {
                if (r[i] == c) {
                    return true;
                }
            }
            return lookUp(c, call);
        }

        private boolean lookUp(Class<?> c, C call) {
            Class<?>[] r = recent;
            Boolean b = cache.get(c);
            if (b == null) {
                b = verdict.test(c, call);
                cache.put(c, b);
            }
            if (b) {
                int at = next;
                r[at] = c;
                next = (at + 1) % RECENT;
            }
            return b;
        }
    }

    private boolean valueVerdict(Class<?> c, C call) {
        if (!isScalar(c) && !c.isArray() && !Map.class.isAssignableFrom(c) && !Collection.class.isAssignableFrom(c)) {
            return false;
        }
        if (valueSerializer != null) {
            // Jackson writes every value with the static serializer: only its own type comes out right.
            return c == valueType;
        }
        if (genericValueType && !isScalar(c)) {
            // Jackson specializes a declared generic type for each container (List<String> gets a
            // String-list serializer) and applies its element types statically, failing on elements
            // of other classes that poolson would write: leave such maps to Jackson.
            return false;
        }
        Object ser = findValueSerializer(c, call);
        if (ser == null) {
            return false;
        }
        if (Map.class.isAssignableFrom(c)) {
            return isPlainPoolsonMap(ser, call);
        }
        if (ser.getClass() != defaults.valueSerializer(c)) {
            return false;
        }
        // Format overrides reach a serializer through the type it handles (List for every list, say).
        return plainFormat(handledType(ser), call) && plainFormat(c, call);
    }

    private boolean keyVerdict(Class<?> c, C call) {
        if (!isScalar(c)) {
            return false;
        }
        if (keyType != Object.class) {
            // A declared key type gets one static key serializer for every key, whatever its class.
            return c == keyType;
        }
        Class<?> found = findKeySerializer(c, call);
        return found != null && found == defaults.keySerializer(c);
    }

    /** The classes poolson writes as a JSON scalar the way Jackson's standard serializers do, as keys and values. */
    static boolean isScalar(Class<?> c) {
        return c == String.class || c == Integer.class || c == Long.class || c == Boolean.class
                || c == Double.class || c == Float.class || c == Short.class || c == Byte.class
                || c == Character.class || c == BigInteger.class || c == BigDecimal.class;
    }
}
