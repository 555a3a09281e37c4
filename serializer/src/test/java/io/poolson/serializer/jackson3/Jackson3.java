package io.poolson.serializer.jackson3;

import io.poolson.serializer.jackson.support.JsonWriter;
import io.poolson.serializer.jackson.support.Mapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.RecyclerPool;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3's mappers and writers as the shared scenarios see them ({@link Mapper}, {@link JsonWriter}).
 * Jackson 3 throws only unchecked exceptions, hence no {@code throws} clauses.
 */
final class Jackson3 {
    private Jackson3() {
    }

    static Mapper mapper(ObjectMapper m) {
        return new Mapper() {
            @Override
            public String string(Object value) {
                return m.writeValueAsString(value);
            }

            @Override
            public byte[] bytes(Object value) {
                return m.writeValueAsBytes(value);
            }

            @Override
            public void writeTo(OutputStream out, Object value) {
                m.writeValue(out, value);
            }

            @Override
            public void writeTo(Writer out, Object value) {
                m.writeValue(out, value);
            }

            @Override
            public String tree(Object value) {
                return m.valueToTree(value).toString();
            }

            @Override
            public Object midStream(Object value, boolean utf8) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                StringWriter chars = new StringWriter();
                try (JsonGenerator gen = utf8 ? m.createGenerator(bytes) : m.createGenerator(chars)) {
                    gen.writeStartArray();
                    gen.writeNumber(1);
                    m.writeValue(gen, value);
                    gen.writeStartObject();
                    gen.writeName("in");
                    m.writeValue(gen, value);
                    gen.writeEndObject();
                    gen.writeEndArray();
                }
                return utf8 ? bytes.toByteArray() : chars.toString();
            }
        };
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

    /** A default mapper whose factory uses {@code p}. */
    static JsonMapper mapperOver(RecyclerPool<BufferRecycler> p) {
        return JsonMapper.builder(JsonFactory.builder().recyclerPool(p).build()).build();
    }
}
