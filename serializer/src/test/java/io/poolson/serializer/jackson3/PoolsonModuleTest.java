package io.poolson.serializer.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.poolson.serializer.jackson.support.JsonArbitraries;
import io.poolson.serializer.jackson.support.Pojo;
import io.poolson.serializer.jackson.support.PoolsonUse;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3: the module is found, writes with poolson when it may, and only then. */
class PoolsonModuleTest {
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper POOLED = JsonMapper.builder().addModule(new PoolsonModule()).build();

    @Test
    void serviceLoaderFindsTheModule() {
        assertTrue(StreamSupport.stream(ServiceLoader.load(JacksonModule.class).spliterator(), false)
                .anyMatch(m -> m instanceof PoolsonModule));
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertTrue(found.registeredModules().stream().anyMatch(m -> m instanceof PoolsonModule));
        Map<String, Object> m = Map.of("k", List.of(1, "v"));
        long before = PoolsonUse.writes();
        assertEquals(PLAIN.writeValueAsString(m), found.writeValueAsString(m));
        assertEquals(before + 1, PoolsonUse.writes());
    }

    /** Every map poolson supports, under the default configuration: poolson writes it, identically. */
    @Property(tries = 300)
    void poolsonWritesEverySupportedMap(@ForAll("maps") Map<String, Object> map) {
        long before = PoolsonUse.writes();
        assertEquals(PLAIN.writeValueAsString(map), POOLED.writeValueAsString(map));
        assertArrayEquals(PLAIN.writeValueAsBytes(map), POOLED.writeValueAsBytes(map));
        assertEquals(before + 2, PoolsonUse.writes(), "poolson wrote both");
        Pojo pojo = new Pojo("p", 2, map, List.of(map));
        assertEquals(PLAIN.writeValueAsString(pojo), POOLED.writeValueAsString(pojo));
        assertEquals(before + 4, PoolsonUse.writes(), "poolson wrote both maps inside the bean");
    }

    @Test
    void surrogatePairsFollowTheGenerator() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("smile", "a\ud83d\ude00b");
        m.put("lone", "x\ud800y\udc00");
        m.put("key \ud83c\udf89", "reversed \udc00\ud800 end \ud83d");
        for (int pad = 509; pad <= 513; pad++) { // pairs across the encoder's 512-char segments
            m.put("pad" + pad, "\u00e9".repeat(pad) + "\ud83d\ude00" + "z");
        }
        JsonMapper escaping = JsonMapper.builder().disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
        JsonMapper escapingPooled = JsonMapper.builder().disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .addModule(new PoolsonModule()).build();
        long before = PoolsonUse.writes();
        assertArrayEquals(PLAIN.writeValueAsBytes(m), POOLED.writeValueAsBytes(m));
        assertArrayEquals(escaping.writeValueAsBytes(m), escapingPooled.writeValueAsBytes(m));
        assertEquals(before + 2, PoolsonUse.writes(), "poolson wrote both, each in the generator's mode");
    }

    @Test
    void jacksonWritesWhatPoolsonCannotReproduce() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", null);
        m.put("a", List.of());
        for (UnaryOperator<JsonMapper.Builder> setup : List.<UnaryOperator<JsonMapper.Builder>>of(
                b -> b.enable(SerializationFeature.INDENT_OUTPUT),
                b -> b.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS),
                b -> b.changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(
                        JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)),
                b -> b.enable(JsonWriteFeature.ESCAPE_NON_ASCII))) {
            JsonMapper plain = setup.apply(JsonMapper.builder()).build();
            JsonMapper pooled = setup.apply(JsonMapper.builder().addModule(new PoolsonModule())).build();
            long before = PoolsonUse.writes();
            assertEquals(plain.writeValueAsString(m), pooled.writeValueAsString(m));
            assertEquals(before, PoolsonUse.writes(), "Jackson, not poolson, wrote it");
        }
    }

    @Test
    void heapPollutedGenericsBehaveAsInJackson() {
        for (Object bean : io.poolson.serializer.jackson.support.Polluted.each()) {
            assertEquals(io.poolson.serializer.jackson.support.Outcome.of(() -> PLAIN.writeValueAsString(bean)),
                    io.poolson.serializer.jackson.support.Outcome.of(() -> POOLED.writeValueAsString(bean)));
            assertEquals(io.poolson.serializer.jackson.support.Outcome.of(() -> PLAIN.writeValueAsBytes(bean)),
                    io.poolson.serializer.jackson.support.Outcome.of(() -> POOLED.writeValueAsBytes(bean)));
        }
    }

    @Test
    void nullKeyFailsAsInJackson() {
        Map<String, Object> m = new HashMap<>();
        m.put(null, 1);
        assertThrows(DatabindException.class, () -> PLAIN.writeValueAsString(m));
        assertThrows(DatabindException.class, () -> POOLED.writeValueAsString(m));
        assertThrows(DatabindException.class, () -> POOLED.writeValueAsBytes(m));
    }

    @Test
    void tooDeepFailsAsInJackson() {
        JsonFactory shallow = JsonFactory.builder()
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(3).build()).build();
        JsonMapper plain = JsonMapper.builder(shallow).build();
        JsonMapper pooled = JsonMapper.builder(shallow).addModule(new PoolsonModule()).build();
        Map<String, Object> deep = Map.of("a", Map.of("b", Map.of("c", Map.of("d", 1))));
        Exception expected = assertThrows(Exception.class, () -> plain.writeValueAsBytes(deep));
        assertEquals(expected.getClass(), assertThrows(Exception.class, () -> pooled.writeValueAsBytes(deep)).getClass());
        Map<String, Object> fits = Map.of("a", Map.of("b", Map.of("c", 1)));
        long before = PoolsonUse.writes();
        assertArrayEquals(plain.writeValueAsBytes(fits), pooled.writeValueAsBytes(fits));
        assertEquals(before + 1, PoolsonUse.writes());
    }

    @Test
    void largeMapsGoStraightToTheStream() {
        Map<String, Object> big = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            big.put("key" + i, i % 2 == 0 ? "value \ud83d\ude00 " + i : (Object) i);
        }
        List<Object> doc = List.of(1, big, "tail", big);
        assertArrayEquals(PLAIN.writeValueAsBytes(doc), POOLED.writeValueAsBytes(doc));
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PLAIN.writeValue(a, doc);
        POOLED.writeValue(b, doc);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        assertEquals(PLAIN.writeValueAsString(doc), POOLED.writeValueAsString(doc));
    }

    @Provide
    Arbitrary<Map<String, Object>> maps() {
        return JsonArbitraries.maps(3);
    }
}
