package io.poolson.serializer.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.core.json.WriterBasedJsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.poolson.serializer.MapSerializer;
import io.poolson.serializer.jackson.internal.MapVerdicts;
import io.poolson.serializer.jackson.internal.PoolsonWriters;
import io.poolson.serializer.jackson.internal.RawCharValue;
import io.poolson.serializer.jackson.internal.RawUtf8Value;
import java.io.IOException;
import java.io.UncheckedIOException;
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
     * Writes {@code map} with {@code poolson} as the generator's next value, if {@code verdicts}
     * admit, for this call, every class in it and it fits in the {@link #room} the generator has
     * left. Returns false, having written nothing, if a class was refused or poolson fails before
     * output starts (the caller then lets Jackson write it, and report the error its own way); a
     * failure of the generator itself propagates.
     */
    static boolean write(Map<?, ?> map, JsonGenerator gen, MapSerializer poolson,
                         MapVerdicts<SerializerProvider> verdicts, SerializerProvider call) throws IOException {
        try {
            return gen instanceof UTF8JsonGenerator
                    ? new Utf8Value(gen, verdicts, call).writeMap(poolson, map, room(gen))
                    : new CharValue(gen, verdicts, call).writeMap(poolson, map, room(gen));
        } catch (UncheckedIOException e) {
            // Jackson 2 generators fail with IOException: surface it as such.
            throw e.getCause();
        }
    }

    /** A write to a {@code UTF8JsonGenerator}: the Jackson 2 operations {@link RawUtf8Value} needs. */
    private static final class Utf8Value extends RawUtf8Value<SerializerProvider> implements SerializableString {
        private final JsonGenerator gen;

        Utf8Value(JsonGenerator gen, MapVerdicts<SerializerProvider> verdicts, SerializerProvider call) {
            super(verdicts, call);
            this.gen = gen;
        }

        @Override
        protected void writeRawValue() throws IOException {
            gen.writeRawValue(this);
        }

        @Override
        protected void writeRaw() throws IOException {
            gen.writeRaw(this);
        }

        @Override
        protected int buffered() {
            return gen.getOutputBuffered();
        }

        @Override
        protected Object outputTarget() {
            return gen.getOutputTarget();
        }

        @Override
        protected void flushBufferOnly() throws IOException {
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

    /** A write to a {@code WriterBasedJsonGenerator}: the Jackson 2 operations {@link RawCharValue} needs. */
    private static final class CharValue extends RawCharValue<SerializerProvider> {
        private final JsonGenerator gen;

        CharValue(JsonGenerator gen, MapVerdicts<SerializerProvider> verdicts, SerializerProvider call) {
            super(verdicts, call);
            this.gen = gen;
        }

        @Override
        protected void writeRawValue(char[] chars, int off, int len) throws IOException {
            gen.writeRawValue(chars, off, len);
        }

        @Override
        protected void writeRaw(char[] chars, int off, int len) throws IOException {
            gen.writeRaw(chars, off, len);
        }
    }
}
