package io.poolson.serializer.jackson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poolson.serializer.jackson.support.Mapper;
import io.poolson.serializer.jackson.support.ModuleConfig;
import io.poolson.serializer.jackson.support.PoolsonModuleContract;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;

/** Jackson 2: the module is found, writes with poolson when it may, and only then. */
class PoolsonModuleTest extends PoolsonModuleContract {
    private static final Mapper PLAIN = Jackson2.mapper(new ObjectMapper());
    private static final Mapper POOLED = Jackson2.mapper(new ObjectMapper().registerModule(new PoolsonModule()));

    PoolsonModuleTest() {
        super(PLAIN, POOLED);
    }

    @Override
    protected Mapper discoveredModule() {
        assertTrue(StreamSupport.stream(ServiceLoader.load(Module.class).spliterator(), false)
                .anyMatch(m -> m instanceof PoolsonModule));
        assertTrue(ObjectMapper.findModules().stream().anyMatch(m -> m instanceof PoolsonModule));
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertTrue(found.getRegisteredModuleIds().contains(new PoolsonModule().getTypeId()));
        return Jackson2.mapper(found);
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
        return JsonMappingException.class;
    }
}
