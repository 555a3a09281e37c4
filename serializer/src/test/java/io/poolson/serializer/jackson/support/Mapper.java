package io.poolson.serializer.jackson.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;

/**
 * One Jackson 2 or Jackson 3 mapper, seen through the writes the shared scenarios make, so that
 * each scenario is written once and run against both versions (whose mappers share no type).
 * Each version's test package adapts its {@code ObjectMapper} to this.
 */
public interface Mapper extends JsonWriter {
    /** {@code writeValue(OutputStream, value)}. */
    void writeTo(OutputStream out, Object value) throws Exception;

    /** {@code writeValue(Writer, value)}. */
    void writeTo(Writer out, Object value) throws Exception;

    /** {@code valueToTree(value).toString()}. */
    String tree(Object value) throws Exception;

    /**
     * {@code [1,value,{"in":value}]} written through one of this mapper's generators (UTF-8 or
     * characters), so separators and context must survive the module's raw writes; the bytes or
     * the string.
     */
    Object midStream(Object value, boolean utf8) throws Exception;

    default byte[] toStream(Object value) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out, value);
        return out.toByteArray();
    }

    default String toWriter(Object value) throws Exception {
        StringWriter out = new StringWriter();
        writeTo(out, value);
        return out.toString();
    }
}
