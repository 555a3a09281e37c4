package io.poolson.serializer.jackson3;

import java.util.Set;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Jackson 3 {@code JsonMapper} with no modules and no configuration uses, for comparison
 * with a user's mapper: if the user's mapper picks the same serializer class for a type, and the
 * configuration below is at its default, it writes that type the way poolson does. Asking Jackson,
 * rather than listing serializer classes here, keeps the comparison right across Jackson versions.
 * Thread-safe.
 */
final class JacksonDefaults {
    /** Serialization features that change how maps, collections, arrays or scalars are written. */
    private static final Set<String> OUTPUT_FEATURES = Set.of("INDENT_OUTPUT", "ORDER_MAP_ENTRIES_BY_KEYS",
            "WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED", "WRITE_CHAR_ARRAYS_AS_JSON_ARRAYS", "WRITE_NULL_MAP_VALUES",
            "WRITE_EMPTY_JSON_ARRAYS");
    private static final int OUTPUT_FEATURE_MASK;
    private static final int OUTPUT_FEATURE_DEFAULTS;

    static {
        int mask = 0;
        int defaults = 0;
        for (SerializationFeature f : SerializationFeature.values()) {
            if (OUTPUT_FEATURES.contains(f.name())) {
                mask |= f.getMask();
                if (f.enabledByDefault()) {
                    defaults |= f.getMask();
                }
            }
        }
        OUTPUT_FEATURE_MASK = mask;
        OUTPUT_FEATURE_DEFAULTS = defaults;
    }

    private static final ObjectMapper PRISTINE = JsonMapper.builder().build();
    private static final Base64Variant BASE64 = PRISTINE.serializationConfig().getBase64Variant();
    private static final Class<?> NULL_SERIALIZER =
            PRISTINE._serializationContext().getDefaultNullValueSerializer().getClass();

    private static final ClassValue<Class<?>> VALUE_SERIALIZERS = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            try {
                return PRISTINE._serializationContext().findValueSerializer(type).getClass();
            } catch (JacksonException e) {
                return Void.class; // matches no serializer: such a type is never approved
            }
        }
    };

    private static final ClassValue<Class<?>> KEY_SERIALIZERS = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            try {
                return PRISTINE._serializationContext().findKeySerializer(type, null).getClass();
            } catch (JacksonException e) {
                return Void.class;
            }
        }
    };

    private JacksonDefaults() {
    }

    /** The class of the serializer a default mapper writes values of {@code type} with. */
    static Class<?> valueSerializer(Class<?> type) {
        return VALUE_SERIALIZERS.get(type);
    }

    /** The class of the key serializer a default mapper writes map keys of {@code type} with. */
    static Class<?> keySerializer(Class<?> type) {
        return KEY_SERIALIZERS.get(type);
    }

    /**
     * True if this call's configuration writes collections, arrays, scalars and nulls as a
     * default mapper does: output features, null serializer and Base64 variant at their defaults.
     * Checked per call, since an {@code ObjectWriter} may change them per call.
     */
    static boolean callConfigIsDefault(SerializationContext ctxt) {
        return ((ctxt.getConfig().getSerializationFeatures() ^ OUTPUT_FEATURE_DEFAULTS) & OUTPUT_FEATURE_MASK) == 0
                && ctxt.getConfig().getBase64Variant() == BASE64
                && ctxt.getDefaultNullValueSerializer().getClass() == NULL_SERIALIZER;
    }
}
