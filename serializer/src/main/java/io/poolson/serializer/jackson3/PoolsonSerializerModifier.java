package io.poolson.serializer.jackson3;

import tools.jackson.databind.AnnotationIntrospector;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.jdk.MapSerializer;
import tools.jackson.databind.type.MapType;

/**
 * Puts a {@link PoolsonMapSerializer} in place of the {@link MapSerializer} Jackson 3 built for a
 * map type, when that is Jackson's own serializer (not one a module or {@code @JsonSerialize}
 * chose) and the map class carries no annotations, mix-ins included (which could rename, ignore or
 * filter entries). Everything else is left as Jackson built it. Stateless and thread-safe.
 */
final class PoolsonSerializerModifier extends ValueSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueSerializer<?> modifyMapSerializer(SerializationConfig config, MapType type,
                                                  BeanDescription.Supplier beanDesc, ValueSerializer<?> serializer) {
        if (serializer.getClass() != MapSerializer.class || beanDesc.getClassAnnotations().size() != 0) {
            return serializer;
        }
        AnnotationIntrospector intr = config.getAnnotationIntrospector();
        // The filter id Jackson gave it, from the class (none without annotations, unless a custom introspector says so).
        Object filterId = intr == null ? null : intr.findFilterId(config, beanDesc.get().getClassInfo());
        return new PoolsonMapSerializer((MapSerializer) serializer, filterId);
    }
}
