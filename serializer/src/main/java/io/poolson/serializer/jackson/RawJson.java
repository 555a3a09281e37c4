package io.poolson.serializer.jackson;

import com.fasterxml.jackson.core.SerializableString;
import io.poolson.serializer.jackson.internal.Utf8Bytes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * Finished UTF-8 JSON text as a {@link SerializableString}, so that
 * {@code UTF8JsonGenerator.writeRawValue} copies the bytes straight into its buffer instead of
 * re-encoding chars. Only the unquoted forms exist: a raw value is never written as a string.
 * Wraps the caller's array; valid only until the call that made it returns. Not thread-safe.
 */
final class RawJson implements SerializableString {
    private final Utf8Bytes bytes;

    RawJson(byte[] bytes, int offset, int length) {
        this.bytes = new Utf8Bytes(bytes, offset, length);
    }

    @Override
    public String getValue() {
        return bytes.text();
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return bytes.copy();
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        return bytes.copyTo(buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String s = getValue();
        if (s.length() > buffer.length - offset) {
            return -1;
        }
        s.getChars(0, s.length(), buffer, offset);
        return s.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        bytes.writeTo(out);
        return bytes.length();
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        return bytes.putTo(buffer);
    }

    @Override
    public char[] asQuotedChars() {
        throw quoted();
    }

    @Override
    public byte[] asQuotedUTF8() {
        throw quoted();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        throw quoted();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        throw quoted();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
        throw quoted();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        throw quoted();
    }

    private static UnsupportedOperationException quoted() {
        return new UnsupportedOperationException("raw JSON text has no quoted form");
    }

    @Override
    public String toString() {
        return getValue();
    }
}
