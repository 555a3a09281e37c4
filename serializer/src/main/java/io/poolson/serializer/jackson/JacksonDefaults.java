package io.poolson.serializer.jackson;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.poolson.serializer.jackson.internal.PristineMapper;

/**
 * What a Jackson 2 {@code ObjectMapper} with no modules and no configuration uses (see
 * {@link PristineMapper}, which holds the comparisons; this class only asks Jackson 2).
 * Thread-safe.
 */
final class JacksonDefaults {
    private static final ObjectMapper PRISTINE = new ObjectMapper();

    static final PristineMapper MAPPER = new PristineMapper(SerializationFeature.values(),
            SerializationFeature::getMask, SerializationFeature::enabledByDefault,
            PRISTINE.getSerializationConfig().getBase64Variant(),
            PRISTINE.getSerializerProviderInstance().getDefaultNullValueSerializer().getClass(),
            type -> {
                try {
                    return PRISTINE.getSerializerProviderInstance().findValueSerializer(type).getClass();
                } catch (JsonMappingException e) {
                    return Void.class; // matches no serializer: such a type is never approved
                }
            },
            type -> {
                try {
                    return PRISTINE.getSerializerProviderInstance().findKeySerializer(type, null).getClass();
                } catch (JsonMappingException e) {
                    return Void.class;
                }
            });

    private JacksonDefaults() {
    }

    /** {@link PristineMapper#callConfigIsDefault} for this call's provider. */
    static boolean callConfigIsDefault(SerializerProvider provider) {
        return MAPPER.callConfigIsDefault(provider.getConfig().getSerializationFeatures(),
                provider.getConfig().getBase64Variant(), provider.getDefaultNullValueSerializer().getClass());
    }
}
