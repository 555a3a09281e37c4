package io.poolson.serializer.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.core.json.WriterBasedJsonGenerator;
import io.poolson.serializer.MapSerializer;
import io.poolson.serializer.jackson.internal.PoolsonWriters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * How poolson output enters a Jackson 2 generator: which generators write exactly what poolson
 * writes, and how the finished text is handed over as the generator's next raw value.
 *
 * <p>Only Jackson's own JSON generators qualify ({@code WriterBasedJsonGenerator} for characters,
 * {@code UTF8JsonGenerator} for bytes; exact classes, since a subclass or a delegating wrapper such
 * as a filtering generator or a {@code TokenBuffer} may do anything with a raw value), with no
 * pretty printer, no custom character escapes, no {@code ESCAPE_NON_ASCII}, and every generator
 * feature that shapes output at its default, except {@code COMBINE_UNICODE_SURROGATES_IN_UTF8},
 * which selects the matching poolson serializer.
 *
 * <p>Stateless and thread-safe.
 */
final class GeneratorOutput {
    /** Features that do not change the text written: closing, flushing, schema handling. */
    private static final int NEUTRAL = JsonGenerator.Feature.AUTO_CLOSE_TARGET.getMask()
            | JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT.getMask()
            | JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM.getMask()
            | JsonGenerator.Feature.IGNORE_UNKNOWN.getMask()
            | JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8.getMask();
    private static final int DEFAULTS = JsonGenerator.Feature.collectDefaults();
    /**
     * Below this many bytes (buffered plus new) the text is copied into the generator's buffer
     * (8000 bytes unless a custom recycler says otherwise; a smaller buffer costs a copy, nothing
     * more); above, the buffer is flushed and the text written straight to the target stream.
     */
    private static final int COPY_LIMIT = 8000;

    private GeneratorOutput() {
    }

    /** The poolson serializer whose output {@code gen} would write byte for byte, or null. */
    static MapSerializer serializerFor(JsonGenerator gen) {
        Class<?> c = gen.getClass();
        if (c != UTF8JsonGenerator.class && c != WriterBasedJsonGenerator.class) {
            return null;
        }
        if (gen.getPrettyPrinter() != null || gen.getCharacterEscapes() != null || gen.getHighestEscapedChar() != 0) {
            return null;
        }
        int features = gen.getFeatureMask();
        if (((features ^ DEFAULTS) & ~NEUTRAL) != 0) {
            return null;
        }
        return PoolsonWriters.forSurrogatePairs(c == UTF8JsonGenerator.class
                && JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8.enabledIn(features));
    }

    /** Nesting levels the generator still allows below its current context. */
    static int room(JsonGenerator gen) {
        return gen.streamWriteConstraints().getMaxNestingDepth() - gen.getOutputContext().getNestingDepth();
    }

    /**
     * Writes {@code map} with {@code poolson} as the generator's next value. Returns false, having
     * written nothing, if poolson fails before output starts (the caller then lets Jackson write it,
     * and report the error its own way); a failure of the generator itself propagates.
     */
    static boolean write(Map<?, ?> map, JsonGenerator gen, MapSerializer poolson) throws IOException {
        boolean utf8 = gen instanceof UTF8JsonGenerator;
        RawBytes bytes = utf8 ? new RawBytes(gen) : null;
        RawChars chars = utf8 ? null : new RawChars(gen);
        try {
            if (utf8) {
                poolson.writeCompleteTo(map, bytes);
            } else {
                poolson.writeCompleteTo(map, chars);
            }
            return true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            if (utf8 ? bytes.started : chars.started) {
                throw e;
            }
            return false;
        }
    }

    /** Hands finished chars to a {@code WriterBasedJsonGenerator}: the first chunk opens the value. */
    private static final class RawChars extends Writer {
        private final JsonGenerator gen;
        boolean started;

        RawChars(JsonGenerator gen) {
            this.gen = gen;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (started) {
                gen.writeRaw(chars, off, len);
            } else {
                started = true;
                gen.writeRawValue(chars, off, len);
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

    /** Hands finished UTF-8 to a {@code UTF8JsonGenerator}: the first chunk opens the value. */
    private static final class RawBytes extends OutputStream {
        private final JsonGenerator gen;
        boolean started;
        private OutputStream direct;

        RawBytes(JsonGenerator gen) {
            this.gen = gen;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (direct != null) {
                direct.write(b, off, len);
            } else if (started) {
                gen.writeRaw(new RawJson(b, off, len));
            } else {
                started = true;
                Object target = gen.getOutputTarget();
                if (gen.getOutputBuffered() + len <= COPY_LIMIT || !(target instanceof OutputStream)) {
                    gen.writeRawValue(new RawJson(b, off, len));
                } else {
                    // Large text: let the generator write the separator and empty its buffer, then
                    // write straight to its stream rather than copy through the buffer.
                    gen.writeRawValue(new RawJson(b, off, 0));
                    flushBufferOnly(gen);
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

    /** Empties the generator's buffer into its stream without flushing the stream itself. */
    private static void flushBufferOnly(JsonGenerator gen) throws IOException {
        boolean passes = gen.isEnabled(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        if (passes) {
            gen.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        }
        try {
            gen.flush();
        } finally {
            if (passes) {
                gen.enable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            }
        }
    }
}
