package io.poolson.serializer.jackson.support;

/**
 * One mapper's two common outputs, so the same scenario can drive Jackson 2 and Jackson 3
 * (whose {@code ObjectMapper}s share no type).
 */
public interface JsonWriter {
    String string(Object value) throws Exception;

    byte[] bytes(Object value) throws Exception;
}
