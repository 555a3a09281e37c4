package io.poolson.serializer.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.poolson.serializer.jackson.support.JsonWriter;
import io.poolson.serializer.jackson.support.Mapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;

/** Jackson 2's mappers and writers as the shared scenarios see them ({@link Mapper}, {@link JsonWriter}). */
final class Jackson2 {
    private Jackson2() {
    }

    static Mapper mapper(ObjectMapper m) {
        return new Mapper() {
            @Override
            public String string(Object value) throws Exception {
                return m.writeValueAsString(value);
            }

            @Override
            public byte[] bytes(Object value) throws Exception {
                return m.writeValueAsBytes(value);
            }

            @Override
            public void writeTo(OutputStream out, Object value) throws Exception {
                m.writeValue(out, value);
            }

            @Override
            public void writeTo(Writer out, Object value) throws Exception {
                m.writeValue(out, value);
            }

            @Override
            public String tree(Object value) {
                return m.valueToTree(value).toString();
            }

            @Override
            public Object midStream(Object value, boolean utf8) throws Exception {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                StringWriter chars = new StringWriter();
                try (JsonGenerator gen = utf8 ? m.createGenerator(bytes) : m.createGenerator(chars)) {
                    gen.writeStartArray();
                    gen.writeNumber(1);
                    m.writeValue(gen, value);
                    gen.writeStartObject();
                    gen.writeFieldName("in"); // Jackson 3 renamed it writeName
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
            public String string(Object value) throws Exception {
                return w.writeValueAsString(value);
            }

            @Override
            public byte[] bytes(Object value) throws Exception {
                return w.writeValueAsBytes(value);
            }
        };
    }

    /** A default mapper whose factory uses {@code p}. */
    static ObjectMapper mapperOver(RecyclerPool<BufferRecycler> p) {
        return new ObjectMapper(JsonFactory.builder().recyclerPool(p).build());
    }
}
