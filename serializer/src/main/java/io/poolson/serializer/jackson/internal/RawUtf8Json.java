package io.poolson.serializer.jackson.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finished UTF-8 JSON text with every method of Jackson's {@code SerializableString}, whose
 * method set is the same in Jackson 2 and 3: each version's {@code RawJson} only extends this and
 * names its own interface, and these public methods implement it. Only the unquoted forms exist:
 * a raw value is never written as a string. Wraps the caller's array; valid only until the call
 * that made it returns. Not thread-safe.
 */
public abstract class RawUtf8Json {
    private final byte[] bytes;
    private final int offset;
    private final int length;

    protected RawUtf8Json(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    public String getValue() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    public int charLength() {
        return getValue().length();
    }

    public byte[] asUnquotedUTF8() {
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** Copies the bytes to {@code buffer[at..]} if they fit; returns the count, or -1 (nothing copied). */
    public int appendUnquotedUTF8(byte[] buffer, int at) {
        if (length > buffer.length - at) {
            return -1;
        }
        System.arraycopy(bytes, offset, buffer, at, length);
        return length;
    }

    public int appendUnquoted(char[] buffer, int at) {
        String s = getValue();
        if (s.length() > buffer.length - at) {
            return -1;
        }
        s.getChars(0, s.length(), buffer, at);
        return s.length();
    }

    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(bytes, offset, length);
        return length;
    }

    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (length > buffer.remaining()) {
            return -1;
        }
        buffer.put(bytes, offset, length);
        return length;
    }

    public char[] asQuotedChars() {
        throw quoted();
    }

    public byte[] asQuotedUTF8() {
        throw quoted();
    }

    public int appendQuotedUTF8(byte[] buffer, int at) {
        throw quoted();
    }

    public int appendQuoted(char[] buffer, int at) {
        throw quoted();
    }

    public int writeQuotedUTF8(OutputStream out) {
        throw quoted();
    }

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
