package io.poolson.serializer.jackson.internal;

import io.poolson.serializer.Admission;
import io.poolson.serializer.MapSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Map;

/**
 * Hands poolson's finished text to a Jackson 2 or 3 generator as its next raw value: the first
 * chunk opens the value (so the generator writes the separator and updates its context), later
 * chunks follow as raw text; large UTF-8 text bypasses the generator's buffer. The generator is
 * reached through {@link Target}, which each version implements with its own API. One instance
 * per write; not thread-safe.
 */
public final class RawValueOutput {
    /**
     * Below this many bytes (buffered plus new) the text is copied into the generator's buffer
     * (8000 bytes unless a custom recycler says otherwise; a smaller buffer costs a copy, nothing
     * more); above, the buffer is flushed and the text written straight to the target stream.
     */
    private static final int COPY_LIMIT = 8000;

    /** The generator operations this needs, in each Jackson version's terms. */
    public interface Target {
        /** {@code writeRawValue} of chars: opens a value. */
        void rawValue(char[] chars, int off, int len) throws IOException;

        /** {@code writeRaw} of chars. */
        void raw(char[] chars, int off, int len) throws IOException;

        /** {@code writeRawValue} of UTF-8 bytes (as a {@code SerializableString}): opens a value. */
        void rawValue(byte[] utf8, int off, int len) throws IOException;

        /** {@code writeRaw} of UTF-8 bytes (as a {@code SerializableString}). */
        void raw(byte[] utf8, int off, int len) throws IOException;

        /** Bytes or chars the generator holds in its buffer. */
        int buffered();

        /** The generator's output target (stream or writer). */
        Object outputTarget();

        /** Empties the generator's buffer into its stream without flushing the stream itself. */
        void flushBufferOnly() throws IOException;
    }

    private final Target gen;
    private final boolean utf8;
    private boolean started;

    /** @param utf8 whether the generator writes bytes ({@code UTF8JsonGenerator}) rather than chars */
    public RawValueOutput(Target gen, boolean utf8) {
        this.gen = gen;
        this.utf8 = utf8;
    }

    /**
     * Writes {@code map} with {@code poolson} if {@code admission} admits every class in it and it
     * fits in {@code depthLimit} levels; false, with nothing written, if a class was refused.
     * Exceptions are poolson's (I/O ones unchecked).
     */
    public boolean write(Map<?, ?> map, MapSerializer poolson, Admission admission, int depthLimit) {
        return utf8
                ? poolson.writeCompleteTo(map, new RawBytes(), admission, depthLimit)
                : poolson.writeCompleteTo(map, new RawChars(), admission, depthLimit);
    }

    /** Whether any text reached the generator: after that, a failure cannot be taken back. */
    public boolean started() {
        return started;
    }

    private final class RawChars extends Writer {
        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (started) {
                gen.raw(chars, off, len);
            } else {
                started = true;
                gen.rawValue(chars, off, len);
            }
        }

        @Override
        public void flush() {
            // The generator owns its target; poolson never asks to flush it.
        }

        @Override
        public void close() {
            // Nothing to release: the generator stays open.
        }
    }

    private final class RawBytes extends OutputStream {
        private OutputStream direct;

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (direct != null) {
                direct.write(b, off, len);
            } else if (started) {
                gen.raw(b, off, len);
            } else {
                started = true;
                Object target = gen.outputTarget();
                if (gen.buffered() + len <= COPY_LIMIT || !(target instanceof OutputStream)) {
                    gen.rawValue(b, off, len);
                } else {
                    // Large text: let the generator write the separator and empty its buffer, then
                    // write straight to its stream rather than copy through the buffer.
                    gen.rawValue(b, off, 0);
                    gen.flushBufferOnly();
                    direct = (OutputStream) target;
                    direct.write(b, off, len);
                }
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
