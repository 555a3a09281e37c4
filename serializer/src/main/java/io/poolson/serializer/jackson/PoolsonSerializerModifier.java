package io.poolson.serializer.jackson;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.MapSerializer;
import com.fasterxml.jackson.databind.type.MapType;

/**
 * Puts a {@link PoolsonMapSerializer} in place of the {@link MapSerializer} Jackson built for a map
 * type, when that is Jackson's own serializer (not one a module or {@code @JsonSerialize} chose)
 * and the map class carries no annotations, mix-ins included (which could rename, ignore or filter
 * entries). Everything else is left as Jackson built it. Stateless and thread-safe.
 */
final class PoolsonSerializerModifier extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> modifyMapSerializer(SerializationConfig config, MapType type, BeanDescription beanDesc,
                                                 JsonSerializer<?> serializer) {
        if (serializer.getClass() != MapSerializer.class || beanDesc.getClassAnnotations().size() != 0) {
            return serializer;
        }
        AnnotationIntrospector intr = config.getAnnotationIntrospector();
        // The filter id Jackson gave it, from the class (none without annotations, unless a custom introspector says so).
        Object filterId = intr == null ? null : intr.findFilterId(beanDesc.getClassInfo());
        return new PoolsonMapSerializer((MapSerializer) serializer, filterId);
    }
}
