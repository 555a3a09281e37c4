package io.poolson.serializer.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.poolson.serializer.jackson.internal.PoolsonWriters;
import io.poolson.serializer.jackson.support.Mapper;
import io.poolson.serializer.jackson.support.ModuleConfig;
import io.poolson.serializer.jackson.support.PoolsonModuleContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3: the module is found, writes with poolson when it may, and only then. */
class PoolsonModuleTest extends PoolsonModuleContract {
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper POOLED = JsonMapper.builder().addModule(new PoolsonModule()).build();

    PoolsonModuleTest() {
        super(Jackson3.mapper(PLAIN), Jackson3.mapper(POOLED));
    }

    @Override
    protected Mapper discoveredModule() {
        assertTrue(StreamSupport.stream(ServiceLoader.load(JacksonModule.class).spliterator(), false)
                .anyMatch(m -> m instanceof PoolsonModule));
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertTrue(found.registeredModules().stream().anyMatch(m -> m instanceof PoolsonModule));
        return Jackson3.mapper(found);
    }

    @Override
    protected List<ModuleConfig> configs() {
        return MapperConfigs.all();
    }

    @Override
    protected ModuleConfig maxNestingDepth(int depth) {
        return MapperConfigs.maxNestingDepth(depth);
    }

    @Override
    protected Class<? extends Exception> mappingException() {
        return DatabindException.class;
    }

    /** Jackson 3 only: it combines surrogate pairs in UTF-8 by default, Jackson 2 escapes them. */
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
        long before = PoolsonWriters.documentsWritten();
        assertArrayEquals(PLAIN.writeValueAsBytes(m), POOLED.writeValueAsBytes(m));
        assertArrayEquals(escaping.writeValueAsBytes(m), escapingPooled.writeValueAsBytes(m));
        assertEquals(before + 2, PoolsonWriters.documentsWritten(), "poolson wrote both, each in the generator's mode");
    }
}
