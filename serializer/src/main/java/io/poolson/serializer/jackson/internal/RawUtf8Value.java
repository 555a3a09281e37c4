package io.poolson.serializer.jackson.internal;

import io.poolson.serializer.Admission;
import io.poolson.serializer.MapSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * One module write to a Jackson 2 or 3 {@code UTF8JsonGenerator}, as the one object it needs:
 * the call's {@link Admission} (answered by the serializer's {@link MapVerdicts} for this call),
 * the stream poolson hands the finished UTF-8 text to, and that text as Jackson's
 * {@code SerializableString}, whose method set is the same in both versions: each version's
 * subclass names its own interface, which these public methods implement, and supplies the
 * generator operations. One object rather than five, because each was an allocation on every
 * write (112 bytes a call, measured with {@code -prof gc} on an empty map).
 *
 * <p>Small text is copied into the generator's buffer ({@code writeRawValue}, which also writes
 * the separator and updates the generator's context); large text, after the generator has written
 * the separator and emptied its buffer, goes straight to its stream. Only the unquoted forms exist:
 * a raw value is never written as a string. One instance per write; not thread-safe.
 *
 * @param <C> the Jackson per-call type ({@code SerializerProvider} or {@code SerializationContext})
 */
public abstract class RawUtf8Value<C> extends OutputStream implements Admission {
    /**
     * Below this many bytes (buffered plus new) the text is copied into the generator's buffer
     * (8000 bytes unless a custom recycler says otherwise; a smaller buffer costs a copy, nothing
     * more); above, the buffer is flushed and the text written straight to the target stream.
     */
    private static final int COPY_LIMIT = 8000;

    private final MapVerdicts<C> verdicts;
    private final C call;
    private boolean started;
    private OutputStream direct;
    /** The text being handed over, what the {@code SerializableString} methods see. */
    private byte[] bytes;
    private int offset;
    private int length;

    protected RawUtf8Value(MapVerdicts<C> verdicts, C call) {
        this.verdicts = verdicts;
        this.call = call;
    }

    /** {@code gen.writeRawValue(this)}: opens a value. */
    protected abstract void writeRawValue() throws IOException;

    /** {@code gen.writeRaw(this)}. */
    protected abstract void writeRaw() throws IOException;

    /** Bytes the generator holds in its buffer. */
    protected abstract int buffered();

    /** The generator's output target. */
    protected abstract Object outputTarget();

    /** Empties the generator's buffer into its stream without flushing the stream itself. */
    protected abstract void flushBufferOnly() throws IOException;

    /**
     * Writes {@code map} with {@code poolson} as the generator's next value, within {@code depthLimit}
     * levels, asking this object's admission. Returns false, having written nothing, if a class was
     * refused or poolson failed before any text reached the generator (the caller then lets Jackson
     * write the map, and report any error its own way); a failure after that propagates, an I/O
     * failure as poolson's {@code UncheckedIOException}, for each version to report its own way.
     */
    public final boolean writeMap(MapSerializer poolson, Map<?, ?> map, int depthLimit) {
        try {
            return poolson.writeCompleteTo(map, this, this, depthLimit);
        } catch (RuntimeException e) {
            if (started) {
                throw e;
            }
            return false;
        }
    }

    @Override
    public final boolean admitsValue(Class<?> c) {
        return verdicts.admitsValue(c, call);
    }

    @Override
    public final boolean admitsKey(Class<?> c) {
        return verdicts.admitsKey(c, call);
    }

    @Override
    public final void write(byte[] b, int off, int len) throws IOException {
        if (direct != null) {
            direct.write(b, off, len);
            return;
        }
        bytes = b;
        offset = off;
        length = len;
        if (started) {
            writeRaw();
            return;
        }
        started = true;
        Object target = outputTarget();
        if (buffered() + len <= COPY_LIMIT || !(target instanceof OutputStream)) {
            writeRawValue();
        } else {
            // Large text: let the generator write the separator and empty its buffer, then
            // write straight to its stream rather than copy through the buffer.
            length = 0;
            writeRawValue();
            flushBufferOnly();
            direct = (OutputStream) target;
            direct.write(b, off, len);
        }
    }

    @Override
    public final void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    // What follows is Jackson's SerializableString, over the text being handed over.

    public final String getValue() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    public final int charLength() {
        return getValue().length();
    }

    public final byte[] asUnquotedUTF8() {
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** Copies the bytes to {@code buffer[at..]} if they fit; returns the count, or -1 (nothing copied). */
    public final int appendUnquotedUTF8(byte[] buffer, int at) {
        if (length > buffer.length - at) {
            return -1;
        }
        System.arraycopy(bytes, offset, buffer, at, length);
        return length;
    }

    public final int appendUnquoted(char[] buffer, int at) {
        String s = getValue();
        if (s.length() > buffer.length - at) {
            return -1;
        }
        s.getChars(0, s.length(), buffer, at);
        return s.length();
    }

    public final int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(bytes, offset, length);
        return length;
    }

    public final int putUnquotedUTF8(ByteBuffer buffer) {
        if (length > buffer.remaining()) {
            return -1;
        }
        buffer.put(bytes, offset, length);
        return length;
    }

    public final char[] asQuotedChars() {
        throw quoted();
    }

    public final byte[] asQuotedUTF8() {
        throw quoted();
    }

    public final int appendQuotedUTF8(byte[] buffer, int at) {
        throw quoted();
    }

    public final int appendQuoted(char[] buffer, int at) {
        throw quoted();
    }

    public final int writeQuotedUTF8(OutputStream out) {
        throw quoted();
    }

    public final int putQuotedUTF8(ByteBuffer buffer) {
        throw quoted();
    }

    private static UnsupportedOperationException quoted() {
        return new UnsupportedOperationException("raw JSON text has no quoted form");
    }

    /** The text being handed over (Jackson may show a {@code SerializableString} in a message). */
    @Override
    public final String toString() {
        return bytes == null ? "" : getValue();
    }
}
