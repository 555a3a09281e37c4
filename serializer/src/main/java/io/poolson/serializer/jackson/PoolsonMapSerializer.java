package io.poolson.serializer.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.MapSerializer;
import io.poolson.serializer.jackson.internal.MapVerdicts;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The {@link MapSerializer} of Jackson 2, unchanged in every respect but one: when poolson can write a
 * map exactly as this serializer would, it does. Being a {@code MapSerializer} (Jackson's designed
 * extension: its {@code with*} factories are overridden to keep the subclass), it is contextualized,
 * filtered, type-wrapped and used for {@code @JsonAnyGetter} maps exactly like the original.
 *
 * <p>Poolson writes a map only if all of these hold, else Jackson does:
 * <ul>
 * <li>this serializer's own configuration is plain: no ignored or included entries, no filter, no
 *     key sorting, no content inclusion rule ({@code NON_NULL}, {@code NON_EMPTY}, ...), no value
 *     type serializer (polymorphic typing), and key and static value serializers that a default
 *     mapper would use (so no {@code keyUsing}/{@code contentUsing}, no module key serializers);</li>
 * <li>the mapper has no default typing, and this call's serialization features, null serializer
 *     and Base64 variant are the defaults (see {@link JacksonDefaults});</li>
 * <li>the generator writes what poolson writes (see {@link GeneratorOutput});</li>
 * <li>every key and value is of a type poolson writes, serialized by this mapper with the same
 *     serializer class a default mapper uses, with no shape or unwrapping format override; nested
 *     maps are in turn handled by a plain {@code PoolsonMapSerializer}; and the nesting fits in what
 *     the generator's {@code StreamWriteConstraints} allow.</li>
 * </ul>
 * The last condition is checked while poolson writes (the map is walked once, see
 * {@link io.poolson.serializer.Admission}): the whole map is built in a pooled buffer first and
 * handed to the generator as one raw value only when complete, so a refused class or a poolson
 * failure leaves nothing behind and Jackson writes the map (and raises its own exceptions, e.g. for
 * a null key).
 *
 * <p>The decisions themselves are {@link MapVerdicts}', shared with the other Jackson version; this
 * class feeds them its configuration and answers their questions with Jackson's types.
 *
 * <p>Thread-safe, like Jackson's serializers: the verdict caches are concurrent maps.
 *
 * <p>The Jackson 3 class is generated from this source ({@code serializer/pom.xml} renames the
 * packages and the databind types Jackson 3 renamed), so a change here is made for both versions,
 * and must use only what the two share under those names.
 */
final class PoolsonMapSerializer extends MapSerializer {
    private static final long serialVersionUID = 1L;

    /** Lazily: this instance's decisions, which depend on its final configuration. */
    private transient volatile Verdicts verdicts;

    PoolsonMapSerializer(MapSerializer src, Object filterId) {
        super(src, filterId, false);
    }

    private PoolsonMapSerializer(PoolsonMapSerializer src, BeanProperty property, JsonSerializer<?> keySerializer,
                                 JsonSerializer<?> valueSerializer, Set<String> ignored, Set<String> included) {
        super(src, property, keySerializer, valueSerializer, ignored, included);
    }

    private PoolsonMapSerializer(PoolsonMapSerializer src, TypeSerializer vts, Object suppressableValue,
                                 boolean suppressNulls) {
        super(src, vts, suppressableValue, suppressNulls);
    }

    private PoolsonMapSerializer(PoolsonMapSerializer src, Object filterId, boolean sortKeys) {
        super(src, filterId, sortKeys);
    }

    // Jackson's mutant factories, returning this subclass (MapSerializer insists on the override).

    @Override
    public MapSerializer _withValueTypeSerializer(TypeSerializer vts) {
        return _valueTypeSerializer == vts ? this : new PoolsonMapSerializer(this, vts, _suppressableValue, _suppressNulls);
    }

    @Override
    public MapSerializer withResolved(BeanProperty property, JsonSerializer<?> keySerializer,
                                      JsonSerializer<?> valueSerializer, Set<String> ignored, Set<String> included,
                                      boolean sortKeys) {
        PoolsonMapSerializer ser = new PoolsonMapSerializer(this, property, keySerializer, valueSerializer, ignored, included);
        return sortKeys == ser._sortKeys ? ser : new PoolsonMapSerializer(ser, _filterId, sortKeys);
    }

    @Override
    public MapSerializer withFilterId(Object filterId) {
        return _filterId == filterId ? this : new PoolsonMapSerializer(this, filterId, _sortKeys);
    }

    @Override
    public MapSerializer withContentInclusion(Object suppressableValue, boolean suppressNulls) {
        if (suppressableValue == _suppressableValue && suppressNulls == _suppressNulls) {
            return this;
        }
        return new PoolsonMapSerializer(this, _valueTypeSerializer, suppressableValue, suppressNulls);
    }

    @Override
    public void serialize(Map<?, ?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (!writtenByPoolson(value, gen, provider)) {
            super.serialize(value, gen, provider);
        }
    }

    private boolean writtenByPoolson(Map<?, ?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        io.poolson.serializer.MapSerializer poolson = GeneratorOutput.serializerFor(gen);
        if (poolson == null || !JacksonDefaults.callConfigIsDefault(provider) || !isPlain(provider)) {
            return false;
        }
        return GeneratorOutput.write(value, gen, poolson, verdicts(), provider);
    }

    /** True if this instance is configured as a default mapper's map serializer. */
    boolean isPlain(SerializerProvider provider) {
        return verdicts().isPlain(provider);
    }

    private Verdicts verdicts() {
        Verdicts v = verdicts;
        if (v == null) {
            v = new Verdicts();
            verdicts = v;
        }
        return v;
    }

    /** This serializer's configuration, and the Jackson 2 lookups the shared decisions need. */
    private final class Verdicts extends MapVerdicts<SerializerProvider> {
        Verdicts() {
            super(JacksonDefaults.MAPPER,
                    _ignoredEntries != null || _includedEntries != null || _filterId != null || _sortKeys
                            || _suppressableValue != null || _suppressNulls || _valueTypeSerializer != null,
                    _keyType.getRawClass(), _keySerializer == null ? null : _keySerializer.getClass(),
                    _valueType.getRawClass(), _valueType.hasGenericTypes(),
                    _valueSerializer == null ? null : _valueSerializer.getClass());
        }

        @Override
        protected boolean defaultTyping(SerializerProvider provider) {
            return provider.getConfig().getDefaultTyper(provider.constructType(Object.class)) != null;
        }

        @Override
        protected Object findValueSerializer(Class<?> c, SerializerProvider provider) {
            try {
                // As MapSerializer finds serializers for values it has no static serializer for.
                return provider.findContentValueSerializer(c, _property);
            } catch (JsonMappingException e) {
                return null;
            }
        }

        @Override
        protected boolean isPlainPoolsonMap(Object serializer, SerializerProvider provider) {
            return serializer instanceof PoolsonMapSerializer && ((PoolsonMapSerializer) serializer).isPlain(provider);
        }

        @Override
        protected Class<?> handledType(Object serializer) {
            return ((JsonSerializer<?>) serializer).handledType();
        }

        @Override
        protected boolean plainFormat(Class<?> type, SerializerProvider provider) {
            JsonFormat.Value format = _property != null
                    ? _property.findPropertyFormat(provider.getConfig(), type)
                    : provider.getDefaultPropertyFormat(type);
            return format.getShape() == JsonFormat.Shape.ANY
                    && format.getFeature(JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED) == null;
        }

        @Override
        protected Class<?> findKeySerializer(Class<?> c, SerializerProvider provider) {
            try {
                return provider.findKeySerializer(c, null).getClass();
            } catch (JsonMappingException e) {
                return null;
            }
        }
    }
}
