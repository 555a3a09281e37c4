package io.poolson.serializer.jackson.internal;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * What a Jackson mapper with no modules and no configuration uses, for comparison with a user's
 * mapper: if the user's mapper picks the same serializer class for a type, and the configuration
 * checked by {@link #callConfigIsDefault} is at its default, it writes that type the way poolson
 * does (poolson's output is byte-identical to the default mapper's). Each Jackson version's
 * {@code JacksonDefaults} builds one from its own pristine mapper; asking Jackson, rather than
 * listing serializer classes here, keeps the comparison right across Jackson versions.
 * Thread-safe (the lookups must be too).
 */
public final class PristineMapper {
    /**
     * Serialization features that change how maps, collections, arrays or scalars are written.
     * Named, not referenced, so that deprecated ones compile without warnings (and so that one
     * list serves Jackson 2 and 3, whose {@code SerializationFeature}s share these names).
     */
    private static final Set<String> OUTPUT_FEATURES = Set.of("INDENT_OUTPUT", "ORDER_MAP_ENTRIES_BY_KEYS",
            "WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED", "WRITE_CHAR_ARRAYS_AS_JSON_ARRAYS", "WRITE_NULL_MAP_VALUES",
            "WRITE_EMPTY_JSON_ARRAYS");

    private final int outputFeatureMask;
    private final int outputFeatureDefaults;
    private final Object base64;
    private final Class<?> nullSerializer;
    private final ClassValue<Class<?>> valueSerializers;
    private final ClassValue<Class<?>> keySerializers;

    /**
     * @param features         every {@code SerializationFeature}
     * @param mask             a feature's bit in the mapper's feature mask
     * @param enabledByDefault whether a feature is on in a default mapper
     * @param base64           the default mapper's Base64 variant
     * @param nullSerializer   the class of the default mapper's null value serializer
     * @param valueSerializer  the class of the serializer the default mapper writes values of a type
     *                         with ({@code Void.class} if it has none), computed once per type
     * @param keySerializer    likewise for map keys
     */
    public <F extends Enum<F>> PristineMapper(F[] features, ToIntFunction<F> mask, Predicate<F> enabledByDefault,
                                              Object base64, Class<?> nullSerializer,
                                              Function<Class<?>, Class<?>> valueSerializer,
                                              Function<Class<?>, Class<?>> keySerializer) {
        int m = 0;
        int defaults = 0;
        for (F f : features) {
            if (OUTPUT_FEATURES.contains(f.name())) {
                m |= mask.applyAsInt(f);
                if (enabledByDefault.test(f)) {
                    defaults |= mask.applyAsInt(f);
                }
            }
        }
        this.outputFeatureMask = m;
        this.outputFeatureDefaults = defaults;
        this.base64 = base64;
        this.nullSerializer = nullSerializer;
        this.valueSerializers = cache(valueSerializer);
        this.keySerializers = cache(keySerializer);
    }

    private static ClassValue<Class<?>> cache(Function<Class<?>, Class<?>> lookup) {
        return new ClassValue<>() {
            @Override
            protected Class<?> computeValue(Class<?> type) {
                return lookup.apply(type);
            }
        };
    }

    /** The class of the serializer a default mapper writes values of {@code type} with. */
    public Class<?> valueSerializer(Class<?> type) {
        return valueSerializers.get(type);
    }

    /** The class of the key serializer a default mapper writes map keys of {@code type} with. */
    public Class<?> keySerializer(Class<?> type) {
        return keySerializers.get(type);
    }

    /**
     * True if a call's configuration writes collections, arrays, scalars and nulls as a default
     * mapper does: output features, null serializer and Base64 variant at their defaults. To be
     * checked per call, since an {@code ObjectWriter} may change them per call.
     *
     * @param features       the call's serialization feature mask
     * @param base64         the call's Base64 variant
     * @param nullSerializer the class of the call's null value serializer
     */
    public boolean callConfigIsDefault(int features, Object base64, Class<?> nullSerializer) {
        return ((features ^ outputFeatureDefaults) & outputFeatureMask) == 0
                && base64 == this.base64
                && nullSerializer == this.nullSerializer;
    }
}
