package io.poolson.serializer.jackson3;

import io.poolson.serializer.jackson.internal.RawUtf8Json;
import tools.jackson.core.SerializableString;

/**
 * Finished UTF-8 JSON text as a {@link SerializableString}, so that
 * {@code UTF8JsonGenerator.writeRawValue} copies the bytes straight into its buffer instead of
 * re-encoding chars. All behaviour is {@link RawUtf8Json}'s, whose public methods implement this
 * interface. Wraps the caller's array; valid only until the call that made it returns. Not thread-safe.
 */
final class RawJson extends RawUtf8Json implements SerializableString {
    RawJson(byte[] bytes, int offset, int length) {
        super(bytes, offset, length);
    }
}
