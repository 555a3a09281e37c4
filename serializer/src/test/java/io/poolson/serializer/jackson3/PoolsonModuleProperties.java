package io.poolson.serializer.jackson3;

import io.poolson.serializer.jackson.support.ModuleConfig;
import io.poolson.serializer.jackson.support.PoolsonModulePropertiesContract;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * THE PROMISE, Jackson 3: under every configuration in {@link MapperConfigs}, a mapper with
 * {@link PoolsonModule} writes exactly what the same mapper writes without it (the properties are
 * {@link PoolsonModulePropertiesContract}'s).
 */
class PoolsonModuleProperties extends PoolsonModulePropertiesContract {
    private static final List<ModuleConfig> CONFIGS = MapperConfigs.all();

    @Override
    protected List<ModuleConfig> allConfigs() {
        return CONFIGS;
    }

    @Override
    protected Object serializerAnnotated(Map<Object, Object> map) {
        return new SerializerAnnotated(map);
    }

    /** Map properties whose annotations name Jackson 3 serializers. */
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
}
