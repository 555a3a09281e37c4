package io.poolson.serializer.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.poolson.serializer.jackson.support.Beans;
import io.poolson.serializer.jackson.support.ModuleConfig;
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

    /** The same mapper without and with the module, set up by {@code setup} (after adding the module, or before). */
    static ModuleConfig config(String name, JsonFactory factory, UnaryOperator<JsonMapper.Builder> setup,
                               Function<JsonMapper, ObjectWriter> writer, boolean moduleFirst) {
        JsonMapper plain = setup.apply(JsonMapper.builder(factory)).build();
        JsonMapper pooled = moduleFirst
                ? setup.apply(JsonMapper.builder(factory).addModule(new PoolsonModule())).build()
                : setup.apply(JsonMapper.builder(factory)).addModule(new PoolsonModule()).build();
        return new ModuleConfig(name, Jackson3.mapper(plain), Jackson3.mapper(pooled),
                Jackson3.writer(writer.apply(plain)), Jackson3.writer(writer.apply(pooled)));
    }

    static ModuleConfig config(String name, UnaryOperator<JsonMapper.Builder> setup) {
        return config(name, new JsonFactory(), setup, JsonMapper::writer, true);
    }

    /** A default configuration limited to {@code depth} nesting levels (Jackson 3 sets it on the factory). */
    static ModuleConfig maxNestingDepth(int depth) {
        return config("max nesting depth " + depth, JsonFactory.builder().streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(depth).build()).build(), b -> b, JsonMapper::writer, true);
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

    static List<ModuleConfig> all() {
        List<ModuleConfig> c = new ArrayList<>();
        c.add(config("default", b -> b));
        c.add(config("INDENT_OUTPUT", b -> b.enable(SerializationFeature.INDENT_OUTPUT)));
        c.add(config("ORDER_MAP_ENTRIES_BY_KEYS", b -> b.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)));
        c.add(config("writer ORDER_MAP_ENTRIES_BY_KEYS", new JsonFactory(), b -> b,
                m -> m.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS), true));
        c.add(config("NON_NULL", b -> b.changeDefaultPropertyInclusion(i ->
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))));
        c.add(config("NON_EMPTY", b -> b.changeDefaultPropertyInclusion(i ->
                JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))));
        c.add(config("Map config override NON_NULL", b -> b.withConfigOverride(Map.class, o -> o.setInclude(
                JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.NON_NULL)))));
        c.add(config("custom value serializer", b -> b.addModule(
                new SimpleModule().addSerializer(String.class, new Shouting()))));
        c.add(config("custom value serializer, module first", new JsonFactory(), b -> b.addModule(
                new SimpleModule().addSerializer(String.class, new Shouting())), JsonMapper::writer, false));
        c.add(config("custom key serializer", b -> b.addModule(
                new SimpleModule().addKeySerializer(Object.class, new KeyShouting()))));
        c.add(config("custom Integer key serializer", b -> b.addModule(
                new SimpleModule().addKeySerializer(Integer.class, new KeyShouting()))));
        c.add(config("mix-in on LinkedHashMap", b -> b.addMixIn(LinkedHashMap.class, Beans.IgnoreSomeKeys.class)));
        c.add(config("ESCAPE_NON_ASCII", b -> b.enable(JsonWriteFeature.ESCAPE_NON_ASCII)));
        c.add(config("character escapes", JsonFactory.builder().characterEscapes(new SlashEscapes()).build(),
                b -> b, JsonMapper::writer, true));
        c.add(config("ESCAPE_FORWARD_SLASHES", b -> b.enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)));
        c.add(config("no COMBINE_UNICODE_SURROGATES_IN_UTF8",
                b -> b.disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)));
        c.add(config("WRITE_NUMBERS_AS_STRINGS", b -> b.enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)));
        c.add(config("no QUOTE_PROPERTY_NAMES", b -> b.disable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)));
        c.add(config("no WRITE_NAN_AS_STRINGS", b -> b.disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)));
        c.add(config("no WRITE_HEX_UPPER_CASE", b -> b.disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)));
        c.add(config("WRITE_BIGDECIMAL_AS_PLAIN", b -> b.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)));
        c.add(config("STRICT_DUPLICATE_DETECTION", b -> b.enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)));
        c.add(config("USE_FAST_DOUBLE_WRITER", b -> b.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)));
        c.add(config("WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED",
                b -> b.enable(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)));
        c.add(config("WRITE_CHAR_ARRAYS_AS_JSON_ARRAYS",
                b -> b.enable(SerializationFeature.WRITE_CHAR_ARRAYS_AS_JSON_ARRAYS)));
        c.add(config("enums by name", b -> b.disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)));
        c.add(maxNestingDepth(2));
        c.add(config("default typing", b -> b.activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                DefaultTyping.NON_FINAL)));
        c.add(config("Base64 variant", b -> b.defaultBase64Variant(Base64Variants.MODIFIED_FOR_URL)));
        c.add(config("null value and key serializers", b -> b.addModule(new NullHandling())));
        c.add(config("List format: unwrap single", b -> b.withConfigOverride(List.class, o -> o.setFormat(
                JsonFormat.Value.empty().withFeature(JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)))));
        c.add(config("Integer as string", b -> b.withConfigOverride(Integer.class, o -> o.setFormat(
                JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))));
        return c;
    }
}
