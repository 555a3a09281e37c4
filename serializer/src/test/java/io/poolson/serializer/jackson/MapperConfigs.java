package io.poolson.serializer.jackson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.poolson.serializer.jackson.support.Beans;
import io.poolson.serializer.jackson.support.ModuleConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Jackson 2 configurations under which the module must not change a byte: each builds the same
 * mapper twice, without and with {@link PoolsonModule}.
 */
final class MapperConfigs {
    private MapperConfigs() {
    }

    /** The same mapper without and with the module, set up by {@code setup} (after registering the module, or before). */
    static ModuleConfig config(String name, Consumer<ObjectMapper> setup, Function<ObjectMapper, ObjectWriter> writer,
                               boolean moduleFirst) {
        ObjectMapper plain = new ObjectMapper();
        setup.accept(plain);
        ObjectMapper pooled = new ObjectMapper();
        if (moduleFirst) {
            pooled.registerModule(new PoolsonModule());
            setup.accept(pooled);
        } else {
            setup.accept(pooled);
            pooled.registerModule(new PoolsonModule());
        }
        return new ModuleConfig(name, Jackson2.mapper(plain), Jackson2.mapper(pooled),
                Jackson2.writer(writer.apply(plain)), Jackson2.writer(writer.apply(pooled)));
    }

    /** A default configuration limited to {@code depth} nesting levels. */
    static ModuleConfig maxNestingDepth(int depth) {
        return config("max nesting depth " + depth, m -> m.getFactory().setStreamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(depth).build()), ObjectMapper::writer, true);
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

    static final class Shouting extends JsonSerializer<String> {
        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    static final class NullText extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString("NULL");
        }
    }

    static final class KeyShouting extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeFieldName(String.valueOf(value).toUpperCase(java.util.Locale.ROOT));
        }
    }

    static List<ModuleConfig> all() {
        Function<ObjectMapper, ObjectWriter> w = ObjectMapper::writer;
        List<ModuleConfig> c = new ArrayList<>();
        c.add(config("default", m -> { }, w, true));
        c.add(config("INDENT_OUTPUT", m -> m.enable(SerializationFeature.INDENT_OUTPUT), w, true));
        c.add(config("ORDER_MAP_ENTRIES_BY_KEYS", m -> m.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS), w, true));
        c.add(config("writer ORDER_MAP_ENTRIES_BY_KEYS", m -> { },
                m -> m.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS), true));
        c.add(config("NON_NULL", m -> m.setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)), w, true));
        c.add(config("NON_EMPTY", m -> m.setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY)), w, true));
        c.add(config("Map config override NON_NULL", m -> m.configOverride(java.util.Map.class).setInclude(
                JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.NON_NULL)), w, true));
        c.add(config("custom value serializer", m -> m.registerModule(
                new SimpleModule().addSerializer(String.class, new Shouting())), w, true));
        c.add(config("custom value serializer, module first", m -> m.registerModule(
                new SimpleModule().addSerializer(String.class, new Shouting())), w, false));
        c.add(config("custom key serializer", m -> m.registerModule(
                new SimpleModule().addKeySerializer(Object.class, new KeyShouting())), w, true));
        c.add(config("custom Integer key serializer", m -> m.registerModule(
                new SimpleModule().addKeySerializer(Integer.class, new KeyShouting())), w, true));
        c.add(config("mix-in on LinkedHashMap", m -> m.addMixIn(LinkedHashMap.class, Beans.IgnoreSomeKeys.class), w, true));
        c.add(config("ESCAPE_NON_ASCII", m -> m.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII), w, true));
        c.add(config("character escapes", m -> m.getFactory().setCharacterEscapes(new SlashEscapes()), w, true));
        c.add(config("ESCAPE_FORWARD_SLASHES", m -> m.enable(JsonGenerator.Feature.ESCAPE_FORWARD_SLASHES), w, true));
        c.add(config("COMBINE_UNICODE_SURROGATES_IN_UTF8",
                m -> m.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8), w, true));
        c.add(config("WRITE_NUMBERS_AS_STRINGS", m -> m.enable(JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS), w, true));
        c.add(config("no QUOTE_FIELD_NAMES", m -> m.disable(JsonGenerator.Feature.QUOTE_FIELD_NAMES), w, true));
        c.add(config("no QUOTE_NON_NUMERIC_NUMBERS", m -> m.disable(JsonGenerator.Feature.QUOTE_NON_NUMERIC_NUMBERS), w, true));
        c.add(config("WRITE_BIGDECIMAL_AS_PLAIN", m -> m.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN), w, true));
        c.add(config("STRICT_DUPLICATE_DETECTION", m -> m.enable(JsonGenerator.Feature.STRICT_DUPLICATE_DETECTION), w, true));
        c.add(config("USE_FAST_DOUBLE_WRITER", m -> m.enable(JsonGenerator.Feature.USE_FAST_DOUBLE_WRITER), w, true));
        c.add(config("WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED",
                m -> m.enable(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED), w, true));
        c.add(config("WRITE_CHAR_ARRAYS_AS_JSON_ARRAYS",
                m -> m.enable(SerializationFeature.WRITE_CHAR_ARRAYS_AS_JSON_ARRAYS), w, true));
        c.add(config("WRITE_ENUMS_USING_TO_STRING", m -> m.enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING), w, true));
        c.add(maxNestingDepth(2));
        c.add(config("default typing", m -> m.activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.NON_FINAL), w, true));
        c.add(config("Base64 variant", m -> m.setBase64Variant(Base64Variants.MODIFIED_FOR_URL), w, true));
        c.add(config("null value serializer", m -> m.getSerializerProvider().setNullValueSerializer(new NullText()), w, true));
        c.add(config("null key serializer", m -> m.getSerializerProvider().setNullKeySerializer(new KeyShouting()), w, true));
        c.add(config("List format: unwrap single", m -> m.configOverride(List.class).setFormat(
                com.fasterxml.jackson.annotation.JsonFormat.Value.empty().withFeature(
                        com.fasterxml.jackson.annotation.JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)), w, true));
        c.add(config("Integer as string", m -> m.configOverride(Integer.class).setFormat(
                com.fasterxml.jackson.annotation.JsonFormat.Value.forShape(
                        com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)), w, true));
        return c;
    }
}
