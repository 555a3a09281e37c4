package io.poolson.serializer.jackson3;

import io.poolson.serializer.MapSerializer;
import io.poolson.serializer.jackson.internal.PoolsonWriters;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.json.UTF8JsonGenerator;
import tools.jackson.core.json.WriterBasedJsonGenerator;

/**
 * How poolson output enters a Jackson 3 generator: which generators write exactly what poolson
 * writes, and how the finished text is handed over as the generator's next raw value.
 *
 * <p>Only Jackson's own JSON generators qualify ({@code WriterBasedJsonGenerator} for characters,
 * {@code UTF8JsonGenerator} for bytes; exact classes, since a subclass or a delegating wrapper such
 * as a filtering generator or a {@code TokenBuffer} may do anything with a raw value), with no
 * pretty printer, no custom character escapes, no {@code ESCAPE_NON_ASCII}, and every stream and
 * JSON write feature that shapes output at its default, except
 * {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} (on by default in Jackson 3), which selects the
 * matching poolson serializer.
 *
 * <p>Stateless and thread-safe.
 */
final class GeneratorOutput {
    /** Stream features that do not change the text written: closing, flushing, schema handling. */
    private static final int NEUTRAL_STREAM = StreamWriteFeature.AUTO_CLOSE_TARGET.getMask()
            | StreamWriteFeature.AUTO_CLOSE_CONTENT.getMask()
            | StreamWriteFeature.FLUSH_PASSED_TO_STREAM.getMask()
            | StreamWriteFeature.IGNORE_UNKNOWN.getMask();
    private static final int STREAM_DEFAULTS = StreamWriteFeature.collectDefaults();
    private static final JsonWriteFeature[] JSON_FEATURES = JsonWriteFeature.values();
    /** See the Jackson 2 twin: copy into the generator's buffer below this, write to its stream above. */
    private static final int COPY_LIMIT = 8000;

    private GeneratorOutput() {
    }

    /** The poolson serializer whose output {@code gen} would write byte for byte, or null. */
    static MapSerializer serializerFor(JsonGenerator gen) {
        Class<?> c = gen.getClass();
        if (c != UTF8JsonGenerator.class && c != WriterBasedJsonGenerator.class) {
            return null;
        }
        if (gen.getPrettyPrinter() != null || gen.getCharacterEscapes() != null || gen.getHighestNonEscapedChar() != 0) {
            return null;
        }
        if (((gen.streamWriteFeatures() ^ STREAM_DEFAULTS) & ~NEUTRAL_STREAM) != 0) {
            return null;
        }
        JsonGeneratorBase json = (JsonGeneratorBase) gen;
        for (JsonWriteFeature f : JSON_FEATURES) {
            if (f != JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8 && json.isEnabled(f) != f.enabledByDefault()) {
                return null;
            }
        }
        return PoolsonWriters.forSurrogatePairs(c == UTF8JsonGenerator.class
                && json.isEnabled(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8));
    }

    /** Nesting levels the generator still allows below its current context. */
    static int room(JsonGenerator gen) {
        return gen.streamWriteConstraints().getMaxNestingDepth() - gen.streamWriteContext().getNestingDepth();
    }

    /**
     * Writes {@code map} with {@code poolson} as the generator's next value. Returns false, having
     * written nothing, if poolson fails before output starts (the caller then lets Jackson write it,
     * and report the error its own way); a failure of the generator itself propagates.
     */
    static boolean write(Map<?, ?> map, JsonGenerator gen, MapSerializer poolson) {
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
        } catch (RuntimeException e) {
            if (utf8 ? bytes.started : chars.started) {
                throw e instanceof UncheckedIOException ? tools.jackson.core.exc.JacksonIOException.construct(
                        ((UncheckedIOException) e).getCause()) : e;
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
        public void write(char[] chars, int off, int len) {
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
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            if (direct != null) {
                direct.write(b, off, len);
            } else if (started) {
                gen.writeRaw(new RawJson(b, off, len));
            } else {
                started = true;
                Object target = gen.streamWriteOutputTarget();
                if (gen.streamWriteOutputBuffered() + len <= COPY_LIMIT || !(target instanceof OutputStream)) {
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
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }

    /** Empties the generator's buffer into its stream without flushing the stream itself. */
    private static void flushBufferOnly(JsonGenerator gen) {
        boolean passes = gen.isEnabled(StreamWriteFeature.FLUSH_PASSED_TO_STREAM);
        if (passes) {
            gen.configure(StreamWriteFeature.FLUSH_PASSED_TO_STREAM, false);
        }
        try {
            gen.flush();
        } finally {
            if (passes) {
                gen.configure(StreamWriteFeature.FLUSH_PASSED_TO_STREAM, true);
            }
        }
    }
}
