package io.poolson.serializer.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.poolson.serializer.jackson.support.Beans;
import io.poolson.serializer.jackson.support.JsonArbitraries;
import io.poolson.serializer.jackson.support.JsonWriter;
import io.poolson.serializer.jackson.support.Outcome;
import io.poolson.serializer.jackson.support.Pojo;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * THE PROMISE, Jackson 2: under every configuration in {@link MapperConfigs}, a mapper with
 * {@link PoolsonModule} writes exactly what the same mapper writes without it (String and bytes,
 * maps at the top level, in beans, in lists, and mid-stream in a generator), and fails with the
 * same exception type when it fails.
 */
class PoolsonModuleProperties {
    private static final List<MapperConfigs.Config> CONFIGS = MapperConfigs.all();

    @Property(tries = 1500)
    void moduleChangesNoByte(@ForAll("configs") MapperConfigs.Config config, @ForAll("maps") Map<Object, Object> map) {
        assertSame(config.without, config.with, map);
        assertSame(config.without, config.with, new Pojo("p", 1, stringKeyed(map), List.of(map, 1)));
        assertSame(config.without, config.with, List.of(map, map));
        assertEquals(Outcome.of(() -> midStream(config.plain, map, false)), Outcome.of(() -> midStream(config.pooled, map, false)));
        assertEquals(Outcome.of(() -> midStream(config.plain, map, true)), Outcome.of(() -> midStream(config.pooled, map, true)));
    }

    @Property(tries = 300)
    void annotatedPropertiesAreHonoured(@ForAll("configs") MapperConfigs.Config config, @ForAll("maps") Map<Object, Object> map) {
        assertSame(config.without, config.with, new Beans.Annotated(map));
        assertSame(config.without, config.with, new SerializerAnnotated(map));
    }

    @Property(tries = 200)
    void treesAndConversionsAreUnchanged(@ForAll("maps") Map<Object, Object> map) {
        MapperConfigs.Config config = CONFIGS.get(0);
        assertEquals(Outcome.of(() -> config.plain.valueToTree(map).toString()),
                Outcome.of(() -> config.pooled.valueToTree(map).toString()));
    }

    static void assertSame(JsonWriter without, JsonWriter with, Object value) {
        assertEquals(Outcome.of(() -> without.string(value)), Outcome.of(() -> with.string(value)));
        assertEquals(Outcome.of(() -> without.bytes(value)), Outcome.of(() -> with.bytes(value)));
    }

    /** {@code [1,value,value]} through a generator: separators and context must survive raw writes. */
    private static Object midStream(ObjectMapper mapper, Object value, boolean utf8) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter chars = new StringWriter();
        try (JsonGenerator gen = utf8 ? mapper.createGenerator(bytes) : mapper.createGenerator(chars)) {
            gen.writeStartArray();
            gen.writeNumber(1);
            mapper.writeValue(gen, value);
            gen.writeStartObject();
            gen.writeFieldName("in");
            mapper.writeValue(gen, value);
            gen.writeEndObject();
            gen.writeEndArray();
        }
        return utf8 ? bytes.toByteArray() : chars.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeyed(Map<Object, Object> map) {
        return (Map<String, Object>) (Map<?, ?>) map; // erasure: Jackson sees the runtime keys
    }

    /** Map properties whose annotations name Jackson 2 serializers. */
    public static class SerializerAnnotated {
        @JsonSerialize(keyUsing = MapperConfigs.KeyShouting.class)
        public Map<Object, Object> keys;
        @JsonSerialize(contentUsing = MapperConfigs.Shouting.class)
        public Map<String, String> contents;
        @JsonSerialize(typing = JsonSerialize.Typing.STATIC)
        public Map<String, Number> numbers = Map.of("n", 1.5);

        SerializerAnnotated(Map<Object, Object> m) {
            keys = m;
            contents = Map.of("k", "v\\u00e9");
        }
    }

    @Provide
    Arbitrary<MapperConfigs.Config> configs() {
        return Arbitraries.of(CONFIGS);
    }

    @Provide
    Arbitrary<Map<Object, Object>> maps() {
        return JsonArbitraries.moduleMaps(2);
    }
}
