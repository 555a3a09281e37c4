package io.poolson.serializer.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.poolson.serializer.jackson.support.JsonArbitraries;
import io.poolson.serializer.jackson.support.Pojo;
import io.poolson.serializer.jackson.support.PoolsonUse;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Jackson 2: the module is found, writes with poolson when it may, and only then. */
class PoolsonModuleTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper POOLED = new ObjectMapper().registerModule(new PoolsonModule());

    @Test
    void serviceLoaderFindsTheModule() throws Exception {
        assertTrue(StreamSupport.stream(ServiceLoader.load(Module.class).spliterator(), false)
                .anyMatch(m -> m instanceof PoolsonModule));
        assertTrue(ObjectMapper.findModules().stream().anyMatch(m -> m instanceof PoolsonModule));
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertTrue(found.getRegisteredModuleIds().contains(new PoolsonModule().getTypeId()));
        Map<String, Object> m = Map.of("k", List.of(1, "v"));
        long before = PoolsonUse.writes();
        assertEquals(PLAIN.writeValueAsString(m), writeString(found, m));
        assertEquals(before + 1, PoolsonUse.writes());
    }

    /** Every map poolson supports, under the default configuration: poolson writes it, identically. */
    @Property(tries = 300)
    void poolsonWritesEverySupportedMap(@ForAll("maps") Map<String, Object> map) throws Exception {
        long before = PoolsonUse.writes();
        assertEquals(PLAIN.writeValueAsString(map), POOLED.writeValueAsString(map));
        assertArrayEquals(PLAIN.writeValueAsBytes(map), POOLED.writeValueAsBytes(map));
        assertEquals(before + 2, PoolsonUse.writes(), "poolson wrote both");
        Pojo pojo = new Pojo("p", 2, map, List.of(map));
        assertEquals(PLAIN.writeValueAsString(pojo), POOLED.writeValueAsString(pojo));
        assertEquals(before + 4, PoolsonUse.writes(), "poolson wrote both maps inside the bean");
    }

    @Test
    void jacksonWritesWhatPoolsonCannotReproduce() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", null);
        m.put("a", List.of());
        for (Consumer<ObjectMapper> setup : List.<Consumer<ObjectMapper>>of(
                x -> x.enable(SerializationFeature.INDENT_OUTPUT),
                x -> x.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS),
                x -> x.setDefaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)),
                x -> x.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.ESCAPE_NON_ASCII))) {
            ObjectMapper plain = new ObjectMapper();
            setup.accept(plain);
            ObjectMapper pooled = new ObjectMapper().registerModule(new PoolsonModule());
            setup.accept(pooled);
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
        assertThrows(JsonMappingException.class, () -> PLAIN.writeValueAsString(m));
        assertThrows(JsonMappingException.class, () -> POOLED.writeValueAsString(m));
        assertThrows(JsonMappingException.class, () -> POOLED.writeValueAsBytes(m));
    }

    @Test
    void tooDeepFailsAsInJackson() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        plain.getFactory().setStreamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(3).build());
        ObjectMapper pooled = new ObjectMapper().registerModule(new PoolsonModule());
        pooled.getFactory().setStreamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(3).build());
        Map<String, Object> deep = Map.of("a", Map.of("b", Map.of("c", Map.of("d", 1))));
        Exception expected = assertThrows(Exception.class, () -> plain.writeValueAsBytes(deep));
        assertEquals(expected.getClass(), assertThrows(Exception.class, () -> pooled.writeValueAsBytes(deep)).getClass());
        Map<String, Object> fits = Map.of("a", Map.of("b", Map.of("c", 1)));
        long before = PoolsonUse.writes();
        assertArrayEquals(plain.writeValueAsBytes(fits), pooled.writeValueAsBytes(fits));
        assertEquals(before + 1, PoolsonUse.writes());
    }

    @Test
    void largeMapsGoStraightToTheStream() throws Exception {
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

    private static String writeString(ObjectMapper m, Object v) {
        try {
            return m.writeValueAsString(v);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> maps() {
        return JsonArbitraries.maps(3);
    }
}
