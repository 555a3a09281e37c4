package io.poolson.serializer.jackson3;

import io.poolson.serializer.MapSerializer;
import io.poolson.serializer.jackson.internal.MapVerdicts;
import io.poolson.serializer.jackson.internal.PoolsonWriters;
import io.poolson.serializer.jackson.internal.RawCharValue;
import io.poolson.serializer.jackson.internal.RawUtf8Value;
import java.io.UncheckedIOException;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.json.UTF8JsonGenerator;
import tools.jackson.core.json.WriterBasedJsonGenerator;
import tools.jackson.databind.SerializationContext;

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
     * Writes {@code map} with {@code poolson} as the generator's next value, if {@code verdicts}
     * admit, for this call, every class in it and it fits in the {@link #room} the generator has
     * left. Returns false, having written nothing, if a class was refused or poolson fails before
     * output starts (the caller then lets Jackson write it, and report the error its own way); a
     * failure of the generator itself propagates.
     */
    static boolean write(Map<?, ?> map, JsonGenerator gen, MapSerializer poolson,
                         MapVerdicts<SerializationContext> verdicts, SerializationContext call) {
        try {
            return gen instanceof UTF8JsonGenerator
                    ? new Utf8Value(gen, verdicts, call).writeMap(poolson, map, room(gen))
                    : new CharValue(gen, verdicts, call).writeMap(poolson, map, room(gen));
        } catch (UncheckedIOException e) {
            // Jackson 3 reports I/O failures unchecked, as JacksonIOException.
            throw JacksonIOException.construct(e.getCause());
        }
    }

    /** A write to a {@code UTF8JsonGenerator}: the Jackson 3 operations {@link RawUtf8Value} needs (none throws IOException). */
    private static final class Utf8Value extends RawUtf8Value<SerializationContext> implements SerializableString {
        private final JsonGenerator gen;

        Utf8Value(JsonGenerator gen, MapVerdicts<SerializationContext> verdicts, SerializationContext call) {
            super(verdicts, call);
            this.gen = gen;
        }

        @Override
        protected void writeRawValue() {
            gen.writeRawValue(this);
        }

        @Override
        protected void writeRaw() {
            gen.writeRaw(this);
        }

        @Override
        protected int buffered() {
            return gen.streamWriteOutputBuffered();
        }

        @Override
        protected Object outputTarget() {
            return gen.streamWriteOutputTarget();
        }

        @Override
        protected void flushBufferOnly() {
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

    /** A write to a {@code WriterBasedJsonGenerator}: the Jackson 3 operations {@link RawCharValue} needs. */
    private static final class CharValue extends RawCharValue<SerializationContext> {
        private final JsonGenerator gen;

        CharValue(JsonGenerator gen, MapVerdicts<SerializationContext> verdicts, SerializationContext call) {
            super(verdicts, call);
            this.gen = gen;
        }

        @Override
        protected void writeRawValue(char[] chars, int off, int len) {
            gen.writeRawValue(chars, off, len);
        }

        @Override
        protected void writeRaw(char[] chars, int off, int len) {
            gen.writeRaw(chars, off, len);
        }
    }
}
