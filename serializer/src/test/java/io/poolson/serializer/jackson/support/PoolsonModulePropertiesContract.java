package io.poolson.serializer.jackson.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * THE PROMISE, written once for Jackson 2 and 3: under every configuration in the version's
 * {@code MapperConfigs}, a mapper with the module writes exactly what the same mapper writes
 * without it (String and bytes, maps at the top level, in beans, in lists, and mid-stream in a
 * generator), and fails with the same exception type when it fails. Each version's
 * {@code PoolsonModuleProperties} supplies its configurations and its serializer-annotated bean.
 */
public abstract class PoolsonModulePropertiesContract {

    /** Every configuration, built once per version. */
    protected abstract List<ModuleConfig> allConfigs();

    /** A bean whose map properties' annotations name the version's own serializers. */
    protected abstract Object serializerAnnotated(Map<Object, Object> map);

    @Property(tries = 1500)
    public void moduleChangesNoByte(@ForAll("configs") ModuleConfig config, @ForAll("maps") Map<Object, Object> map) {
        assertSame(config.without, config.with, map);
        assertSame(config.without, config.with, new Pojo("p", 1, stringKeyed(map), List.of(map, 1)));
        assertSame(config.without, config.with, List.of(map, map));
        assertEquals(Outcome.of(() -> config.plain.midStream(map, false)), Outcome.of(() -> config.pooled.midStream(map, false)));
        assertEquals(Outcome.of(() -> config.plain.midStream(map, true)), Outcome.of(() -> config.pooled.midStream(map, true)));
    }

    @Property(tries = 300)
    public void annotatedPropertiesAreHonoured(@ForAll("configs") ModuleConfig config, @ForAll("maps") Map<Object, Object> map) {
        assertSame(config.without, config.with, new Beans.Annotated(map));
        assertSame(config.without, config.with, serializerAnnotated(map));
    }

    @Property(tries = 200)
    public void treesAndConversionsAreUnchanged(@ForAll("maps") Map<Object, Object> map) {
        ModuleConfig config = allConfigs().get(0);
        assertEquals(Outcome.of(() -> config.plain.tree(map)), Outcome.of(() -> config.pooled.tree(map)));
    }

    private static void assertSame(JsonWriter without, JsonWriter with, Object value) {
        assertEquals(Outcome.of(() -> without.string(value)), Outcome.of(() -> with.string(value)));
        assertEquals(Outcome.of(() -> without.bytes(value)), Outcome.of(() -> with.bytes(value)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeyed(Map<Object, Object> map) {
        return (Map<String, Object>) (Map<?, ?>) map; // erasure: Jackson sees the runtime keys
    }

    @Provide
    Arbitrary<ModuleConfig> configs() {
        return Arbitraries.of(allConfigs());
    }

    @Provide
    Arbitrary<Map<Object, Object>> maps() {
        return JsonArbitraries.moduleMaps(2);
    }
}
