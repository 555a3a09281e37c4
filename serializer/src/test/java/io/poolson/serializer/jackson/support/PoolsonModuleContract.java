package io.poolson.serializer.jackson.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.poolson.serializer.jackson.internal.PoolsonWriters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The module is found, writes with poolson when it may, and only then: the scenarios, written once.
 * Each Jackson version's {@code PoolsonModuleTest} supplies its mappers and the few steps its API
 * does differently.
 */
public abstract class PoolsonModuleContract {
    private final Mapper plain;
    private final Mapper pooled;

    /**
     * @param plain  a default mapper
     * @param pooled a default mapper with the module registered
     */
    protected PoolsonModuleContract(Mapper plain, Mapper pooled) {
        this.plain = plain;
        this.pooled = pooled;
    }

    /** A default mapper with the module found through discovery, having asserted the version's ways of finding it. */
    protected abstract Mapper discoveredModule() throws Exception;

    /** The version's {@code MapperConfigs}, looked up by name. */
    protected abstract List<ModuleConfig> configs();

    /** A default mapper without and with the module, both limited to {@code depth} nesting levels. */
    protected abstract ModuleConfig maxNestingDepth(int depth);

    /** What the version throws for a null map key. */
    protected abstract Class<? extends Exception> mappingException();

    @Test
    public void serviceLoaderFindsTheModule() throws Exception {
        Mapper found = discoveredModule();
        Map<String, Object> m = Map.of("k", List.of(1, "v"));
        long before = PoolsonWriters.documentsWritten();
        assertEquals(plain.string(m), found.string(m));
        assertEquals(before + 1, PoolsonWriters.documentsWritten());
    }

    /** Every map poolson supports, under the default configuration: poolson writes it, identically. */
    @Property(tries = 300)
    public void poolsonWritesEverySupportedMap(@ForAll("maps") Map<String, Object> map) throws Exception {
        long before = PoolsonWriters.documentsWritten();
        assertEquals(plain.string(map), pooled.string(map));
        assertArrayEquals(plain.bytes(map), pooled.bytes(map));
        assertEquals(before + 2, PoolsonWriters.documentsWritten(), "poolson wrote both");
        Pojo pojo = new Pojo("p", 2, map, List.of(map));
        assertEquals(plain.string(pojo), pooled.string(pojo));
        assertEquals(before + 4, PoolsonWriters.documentsWritten(), "poolson wrote both maps inside the bean");
    }

    @Test
    public void jacksonWritesWhatPoolsonCannotReproduce() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", null);
        m.put("a", List.of());
        for (String name : List.of("INDENT_OUTPUT", "ORDER_MAP_ENTRIES_BY_KEYS", "NON_NULL", "ESCAPE_NON_ASCII")) {
            ModuleConfig config = configs().stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
            long before = PoolsonWriters.documentsWritten();
            assertEquals(config.plain.string(m), config.pooled.string(m), name);
            assertEquals(before, PoolsonWriters.documentsWritten(), "Jackson, not poolson, wrote it");
        }
    }

    @Test
    public void heapPollutedGenericsBehaveAsInJackson() {
        for (Object bean : Polluted.each()) {
            assertEquals(Outcome.of(() -> plain.string(bean)), Outcome.of(() -> pooled.string(bean)));
            assertEquals(Outcome.of(() -> plain.bytes(bean)), Outcome.of(() -> pooled.bytes(bean)));
        }
    }

    @Test
    public void nullKeyFailsAsInJackson() {
        Map<String, Object> m = new HashMap<>();
        m.put(null, 1);
        assertThrows(mappingException(), () -> plain.string(m));
        assertThrows(mappingException(), () -> pooled.string(m));
        assertThrows(mappingException(), () -> pooled.bytes(m));
    }

    @Test
    public void tooDeepFailsAsInJackson() throws Exception {
        ModuleConfig shallow = maxNestingDepth(3);
        Map<String, Object> deep = Map.of("a", Map.of("b", Map.of("c", Map.of("d", 1))));
        Exception expected = assertThrows(Exception.class, () -> shallow.plain.bytes(deep));
        assertEquals(expected.getClass(), assertThrows(Exception.class, () -> shallow.pooled.bytes(deep)).getClass());
        Map<String, Object> fits = Map.of("a", Map.of("b", Map.of("c", 1)));
        long before = PoolsonWriters.documentsWritten();
        assertArrayEquals(shallow.plain.bytes(fits), shallow.pooled.bytes(fits));
        assertEquals(before + 1, PoolsonWriters.documentsWritten());
    }

    @Test
    public void largeMapsGoStraightToTheStream() throws Exception {
        Map<String, Object> big = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            big.put("key" + i, i % 2 == 0 ? "value \ud83d\ude00 " + i : (Object) i);
        }
        List<Object> doc = List.of(1, big, "tail", big);
        assertArrayEquals(plain.bytes(doc), pooled.bytes(doc));
        assertArrayEquals(plain.toStream(doc), pooled.toStream(doc));
        assertEquals(plain.string(doc), pooled.string(doc));
    }

    @Test
    public void characterDocumentsThatDoNotFitTheGeneratorsBufferAreWrittenWhole() throws Exception {
        // The module hands a character document to the generator as raw chars, which the generator
        // copies into its buffer (8000 chars by default) or, past a short write, passes on to its
        // writer after emptying the buffer: Latin-1 and wider documents, smaller and larger than
        // the buffer, alone and after text the generator already holds.
        for (String filler : new String[] {"caf\u00e9 ", "\u20ac "}) {
            for (int entries : new int[] {3, 700, 5_000}) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < entries; i++) {
                    map.put("k\u00e9y" + i, i % 2 == 0 ? filler + i : (Object) i);
                }
                for (int before : new int[] {0, 7_990, 7_999, 15_990}) {
                    List<Object> doc = List.of("\u00ff".repeat(before), map, "tail", map);
                    String expected = plain.string(doc);
                    assertEquals(expected, pooled.string(doc), filler + entries + "/" + before);
                    assertEquals(expected, pooled.toWriter(doc), filler + entries + "/" + before);
                }
                assertEquals(plain.string(map), pooled.string(map));
            }
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> maps() {
        return JsonArbitraries.maps(3);
    }
}
