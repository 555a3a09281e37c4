package io.poolson.serializer.jackson3;

import io.poolson.serializer.jackson.internal.PristineMapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Jackson 3 {@code JsonMapper} with no modules and no configuration uses (see
 * {@link PristineMapper}, which holds the comparisons; this class only asks Jackson 3).
 * Thread-safe.
 */
final class JacksonDefaults {
    private static final ObjectMapper PRISTINE = JsonMapper.builder().build();

    // Jackson 3 has no public provider instance: _serializationContext() is the same lookup path
    // that writeValue uses, and JacksonException replaces Jackson 2's JsonMappingException.
    static final PristineMapper MAPPER = new PristineMapper(SerializationFeature.values(),
            SerializationFeature::getMask, SerializationFeature::enabledByDefault,
            PRISTINE.serializationConfig().getBase64Variant(),
            PRISTINE._serializationContext().getDefaultNullValueSerializer().getClass(),
            type -> {
                try {
                    return PRISTINE._serializationContext().findValueSerializer(type).getClass();
                } catch (JacksonException e) {
                    return Void.class; // matches no serializer: such a type is never approved
                }
            },
            type -> {
                try {
                    return PRISTINE._serializationContext().findKeySerializer(type, null).getClass();
                } catch (JacksonException e) {
                    return Void.class;
                }
            });

    private JacksonDefaults() {
    }

    /** {@link PristineMapper#callConfigIsDefault} for this call's context. */
    static boolean callConfigIsDefault(SerializationContext ctxt) {
        return MAPPER.callConfigIsDefault(ctxt.getConfig().getSerializationFeatures(),
                ctxt.getConfig().getBase64Variant(), ctxt.getDefaultNullValueSerializer().getClass());
    }
}
