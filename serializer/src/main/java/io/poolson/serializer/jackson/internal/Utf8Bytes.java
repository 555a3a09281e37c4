package io.poolson.serializer.jackson.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A slice of UTF-8 bytes that is already JSON text, for the generators' raw-value methods; the
 * version-neutral half of the Jackson 2 and 3 {@code SerializableString} adapters. It only wraps
 * the caller's array: valid until that array is reused. Not thread-safe.
 */
public final class Utf8Bytes {
    private final byte[] bytes;
    private final int offset;
    private final int length;

    public Utf8Bytes(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    public String text() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    public byte[] copy() {
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** Copies the bytes to {@code buffer[at..]} if they fit; returns the count, or -1 (nothing copied). */
    public int copyTo(byte[] buffer, int at) {
        if (length > buffer.length - at) {
            return -1;
        }
        System.arraycopy(bytes, offset, buffer, at, length);
        return length;
    }

    public void writeTo(java.io.OutputStream out) throws java.io.IOException {
        out.write(bytes, offset, length);
    }

    public int putTo(java.nio.ByteBuffer buffer) {
        if (length > buffer.remaining()) {
            return -1;
        }
        buffer.put(bytes, offset, length);
        return length;
    }

    public int length() {
        return length;
    }
}
