package io.poolson.serializer.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.poolson.serializer.jackson.internal.MapScan;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.jdk.MapSerializer;

/**
 * Jackson 3's {@link MapSerializer}, unchanged in every respect but one: when poolson can write a
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
 *     the generator's {@code StreamWriteConstraints} allow (see {@link MapScan}).</li>
 * </ul>
 * Writing with poolson, the whole map is built in a pooled buffer first and then handed to the
 * generator as one raw value, so a poolson failure leaves nothing behind and Jackson writes the map
 * (and raises its own exceptions, e.g. for a null key).
 *
 * <p>Thread-safe, like Jackson's serializers: the verdict caches are concurrent maps.
 */
final class PoolsonMapSerializer extends MapSerializer {
    private static final long serialVersionUID = 1L;

    /** Lazily: the plainness of this instance's own configuration. */
    private transient volatile Boolean plain;
    private transient volatile Verdicts verdicts;

    PoolsonMapSerializer(MapSerializer src, Object filterId) {
        super(src, filterId, false);
    }

    private PoolsonMapSerializer(PoolsonMapSerializer src, BeanProperty property, ValueSerializer<?> keySerializer,
                                 ValueSerializer<?> valueSerializer, Set<String> ignored, Set<String> included) {
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
    protected MapSerializer _withValueTypeSerializer(TypeSerializer vts) {
        return _valueTypeSerializer == vts ? this : new PoolsonMapSerializer(this, vts, _suppressableValue, _suppressNulls);
    }

    @Override
    protected MapSerializer withResolved(BeanProperty property, ValueSerializer<?> keySerializer,
                                      ValueSerializer<?> valueSerializer, Set<String> ignored, Set<String> included,
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
    public void serialize(Map<?, ?> value, JsonGenerator gen, SerializationContext provider) {
        if (!writtenByPoolson(value, gen, provider)) {
            super.serialize(value, gen, provider);
        }
    }

    private boolean writtenByPoolson(Map<?, ?> value, JsonGenerator gen, SerializationContext provider) {
        io.poolson.serializer.MapSerializer poolson = GeneratorOutput.serializerFor(gen);
        if (poolson == null || !JacksonDefaults.callConfigIsDefault(provider) || !isPlain(provider)) {
            return false;
        }
        int room = Math.min(GeneratorOutput.room(gen), poolson.maxDepth());
        if (MapScan.depthIfWritable(value, verdicts().gate(provider), room) == MapScan.REFUSED) {
            return false;
        }
        return GeneratorOutput.write(value, gen, poolson);
    }

    /** True if this instance is configured as a default mapper's map serializer. */
    boolean isPlain(SerializationContext provider) {
        Boolean p = plain;
        if (p == null) {
            p = computePlain(provider);
            plain = p;
        }
        return p;
    }

    private boolean computePlain(SerializationContext provider) {
        if (_ignoredEntries != null || _includedEntries != null || _filterId != null || _sortKeys
                || _suppressableValue != null || _suppressNulls || _valueTypeSerializer != null) {
            return false;
        }
        if (provider.getConfig().getDefaultTyper(provider.constructType(Object.class)) != null) {
            return false;
        }
        Class<?> keyType = _keyType.getRawClass();
        if (_keySerializer == null || (keyType != Object.class && !MapScan.isScalar(keyType))
                || _keySerializer.getClass() != JacksonDefaults.keySerializer(keyType)) {
            return false;
        }
        Class<?> valueType = _valueType.getRawClass();
        return _valueSerializer == null
                || (MapScan.isScalar(valueType) && _valueSerializer.getClass() == JacksonDefaults.valueSerializer(valueType));
    }

    private Verdicts verdicts() {
        Verdicts v = verdicts;
        if (v == null) {
            v = new Verdicts();
            verdicts = v;
        }
        return v;
    }

    /** Per-class answers for this serializer (whose property they depend on), cached. */
    private final class Verdicts {
        private final Map<Class<?>, Boolean> values = new ConcurrentHashMap<>();
        private final Map<Class<?>, Boolean> keys = new ConcurrentHashMap<>();

        MapScan.Gate gate(SerializationContext provider) {
            return new MapScan.Gate() {
                @Override
                public boolean approvesValue(Class<?> c) {
                    Boolean b = values.get(c);
                    if (b == null) {
                        b = valueVerdict(c, provider);
                        values.put(c, b);
                    }
                    return b;
                }

                @Override
                public boolean approvesKey(Class<?> c) {
                    Boolean b = keys.get(c);
                    if (b == null) {
                        b = keyVerdict(c, provider);
                        keys.put(c, b);
                    }
                    return b;
                }
            };
        }
    }

    private boolean valueVerdict(Class<?> c, SerializationContext provider) {
        if (_valueSerializer != null) {
            // Jackson writes every value with the static serializer: only its own type comes out right.
            return c == _valueType.getRawClass();
        }
        if (_valueType.hasGenericTypes() && !MapScan.isScalar(c)) {
            // Jackson specializes a declared generic type for each container (List<String> gets a
            // String-list serializer) and applies its element types statically, failing on elements
            // of other classes that poolson would write: leave such maps to Jackson.
            return false;
        }
        ValueSerializer<?> ser;
        try {
            // As MapSerializer finds serializers for values it has no static serializer for.
            ser = provider.findContentValueSerializer(c, _property);
        } catch (JacksonException e) {
            return false;
        }
        if (Map.class.isAssignableFrom(c)) {
            return ser instanceof PoolsonMapSerializer && ((PoolsonMapSerializer) ser).isPlain(provider);
        }
        if (ser.getClass() != JacksonDefaults.valueSerializer(c)) {
            return false;
        }
        // Format overrides reach a serializer through the type it handles (List for every list, say).
        return plainFormat(ser.handledType(), provider) && plainFormat(c, provider);
    }

    private boolean plainFormat(Class<?> type, SerializationContext provider) {
        JsonFormat.Value format = _property != null
                ? _property.findPropertyFormat(provider.getConfig(), type)
                : provider.getDefaultPropertyFormat(type);
        return format.getShape() == JsonFormat.Shape.ANY
                && format.getFeature(JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED) == null;
    }

    private boolean keyVerdict(Class<?> c, SerializationContext provider) {
        Class<?> declared = _keyType.getRawClass();
        if (declared != Object.class) {
            // A declared key type gets one static key serializer for every key, whatever its class.
            return c == declared;
        }
        try {
            return provider.findKeySerializer(c, null).getClass() == JacksonDefaults.keySerializer(c);
        } catch (JacksonException e) {
            return false;
        }
    }
}
