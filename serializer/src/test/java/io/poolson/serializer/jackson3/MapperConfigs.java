package io.poolson.serializer.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.poolson.serializer.jackson.support.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import tools.jackson.core.Base64Variants;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson 3 configurations under which the module must not change a byte: each builds the same
 * mapper twice, without and with {@link PoolsonModule}.
 */
final class MapperConfigs {
    private MapperConfigs() {
    }

    /** One configuration: the mapper without the module, and with it. */
    static final class Config {
        final String name;
        final JsonMapper plain;
        final JsonMapper pooled;
        final JsonWriter without;
        final JsonWriter with;

        Config(String name, JsonFactory factory, UnaryOperator<JsonMapper.Builder> setup,
               Function<JsonMapper, ObjectWriter> writer, boolean moduleFirst) {
            this.name = name;
            this.plain = setup.apply(JsonMapper.builder(factory)).build();
            this.pooled = moduleFirst
                    ? setup.apply(JsonMapper.builder(factory).addModule(new PoolsonModule())).build()
                    : setup.apply(JsonMapper.builder(factory)).addModule(new PoolsonModule()).build();
            this.without = writer(writer.apply(plain));
            this.with = writer(writer.apply(pooled));
        }

        Config(String name, UnaryOperator<JsonMapper.Builder> setup) {
            this(name, new JsonFactory(), setup, JsonMapper::writer, true);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static JsonWriter writer(ObjectWriter w) {
        return new JsonWriter() {
            @Override
            public String string(Object value) {
                return w.writeValueAsString(value);
            }

            @Override
            public byte[] bytes(Object value) {
                return w.writeValueAsBytes(value);
            }
        };
    }

    @JsonIgnoreProperties({"a", "secret"})
    abstract static class IgnoreSomeKeys {
    }

    /** Escapes '/' and 'a' its own way. */
    static final class SlashEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        SlashEscapes() {
            escapes['/'] = ESCAPE_STANDARD;
            escapes['a'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return new SerializedString("<a>");
        }
    }

    static final class Shouting extends ValueSerializer<String> {
        @Override
        public void serialize(String value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    static final class NullText extends ValueSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString("NULL");
        }
    }

    static final class KeyShouting extends ValueSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeName(String.valueOf(value).toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Replaces the default null value and null key serializers. */
    static final class NullHandling extends JacksonModule {
        @Override
        public String getModuleName() {
            return "null-handling";
        }

        @Override
        public tools.jackson.core.Version version() {
            return tools.jackson.core.Version.unknownVersion();
        }

        @Override
        public void setupModule(SetupContext context) {
            context.overrideDefaultNullValueSerializer(new NullText());
            context.overrideDefaultNullKeySerializer(new KeyShouting());
        }
    }

    static List<Config> all() {
        List<Config> c = new ArrayList<>();
        c.add(new Config("default", b -> b));
        c.add(new Config("INDENT_OUTPUT", b -> b.enable(SerializationFeature.INDENT_OUTPUT)));
        c.add(new Config("ORDER_MAP_ENTRIES_BY_KEYS", b -> b.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)));
        c.add(new Config("writer ORDER_MAP_ENTRIES_BY_KEYS", new JsonFactory(), b -> b,
                m -> m.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS), true));
        c.add(new Config("NON_NULL", b -> b.changeDefaultPropertyInclusion(i ->
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))));
        c.add(new Config("NON_EMPTY", b -> b.changeDefaultPropertyInclusion(i ->
                JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))));
        c.add(new Config("Map config override NON_NULL", b -> b.withConfigOverride(Map.class, o -> o.setInclude(
                JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.NON_NULL)))));
        c.add(new Config("custom value serializer", b -> b.addModule(
                new SimpleModule().addSerializer(String.class, new Shouting()))));
        c.add(new Config("custom value serializer, module first", new JsonFactory(), b -> b.addModule(
                new SimpleModule().addSerializer(String.class, new Shouting())), JsonMapper::writer, false));
        c.add(new Config("custom key serializer", b -> b.addModule(
                new SimpleModule().addKeySerializer(Object.class, new KeyShouting()))));
        c.add(new Config("custom Integer key serializer", b -> b.addModule(
                new SimpleModule().addKeySerializer(Integer.class, new KeyShouting()))));
        c.add(new Config("mix-in on LinkedHashMap", b -> b.addMixIn(LinkedHashMap.class, IgnoreSomeKeys.class)));
        c.add(new Config("ESCAPE_NON_ASCII", b -> b.enable(JsonWriteFeature.ESCAPE_NON_ASCII)));
        c.add(new Config("character escapes", JsonFactory.builder().characterEscapes(new SlashEscapes()).build(),
                b -> b, JsonMapper::writer, true));
        c.add(new Config("ESCAPE_FORWARD_SLASHES", b -> b.enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)));
        c.add(new Config("no COMBINE_UNICODE_SURROGATES_IN_UTF8",
                b -> b.disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)));
        c.add(new Config("WRITE_NUMBERS_AS_STRINGS", b -> b.enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)));
        c.add(new Config("no QUOTE_PROPERTY_NAMES", b -> b.disable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)));
        c.add(new Config("no WRITE_NAN_AS_STRINGS", b -> b.disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)));
        c.add(new Config("no WRITE_HEX_UPPER_CASE", b -> b.disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)));
        c.add(new Config("WRITE_BIGDECIMAL_AS_PLAIN", b -> b.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)));
        c.add(new Config("STRICT_DUPLICATE_DETECTION", b -> b.enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)));
        c.add(new Config("USE_FAST_DOUBLE_WRITER", b -> b.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)));
        c.add(new Config("WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED",
                b -> b.enable(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)));
        c.add(new Config("WRITE_CHAR_ARRAYS_AS_JSON_ARRAYS",
                b -> b.enable(SerializationFeature.WRITE_CHAR_ARRAYS_AS_JSON_ARRAYS)));
        c.add(new Config("enums by name", b -> b.disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)));
        c.add(new Config("max nesting depth 2", JsonFactory.builder().streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(2).build()).build(), b -> b, JsonMapper::writer, true));
        c.add(new Config("default typing", b -> b.activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                DefaultTyping.NON_FINAL)));
        c.add(new Config("Base64 variant", b -> b.defaultBase64Variant(Base64Variants.MODIFIED_FOR_URL)));
        c.add(new Config("null value and key serializers", b -> b.addModule(new NullHandling())));
        c.add(new Config("List format: unwrap single", b -> b.withConfigOverride(List.class, o -> o.setFormat(
                JsonFormat.Value.empty().withFeature(JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)))));
        c.add(new Config("Integer as string", b -> b.withConfigOverride(Integer.class, o -> o.setFormat(
                JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))));
        return c;
    }
}
