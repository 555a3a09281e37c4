package io.poolson.serializer.jackson.internal;

import io.poolson.serializer.Admission;
import io.poolson.serializer.MapSerializer;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * One module write to a Jackson 2 or 3 {@code WriterBasedJsonGenerator}, as the one object it
 * needs: the call's {@link Admission} (answered by the serializer's {@link MapVerdicts} for this
 * call) and the writer poolson hands the finished text to, whose first chunk opens the generator's
 * value ({@code writeRawValue}: the separator, the context) and later chunks follow as raw text.
 * Each version's subclass supplies the generator operations. One object rather than four, as for
 * {@link RawUtf8Value}, whose admission and fall-back lines this repeats: one of the two must be a
 * {@code Writer} and the other an {@code OutputStream}, and sharing the lines through a third
 * object would bring back the allocation both exist to avoid. One instance per write; not
 * thread-safe.
 *
 * @param <C> the Jackson per-call type ({@code SerializerProvider} or {@code SerializationContext})
 */
public abstract class RawCharValue<C> extends Writer implements Admission {
    private final MapVerdicts<C> verdicts;
    private final C call;
    private boolean started;

    protected RawCharValue(MapVerdicts<C> verdicts, C call) {
        this.verdicts = verdicts;
        this.call = call;
    }

    /** {@code gen.writeRawValue(chars, off, len)}: opens a value. */
    protected abstract void writeRawValue(char[] chars, int off, int len) throws IOException;

    /** {@code gen.writeRaw(chars, off, len)}. */
    protected abstract void writeRaw(char[] chars, int off, int len) throws IOException;

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
    public final void write(char[] chars, int off, int len) throws IOException {
        if (started) {
            writeRaw(chars, off, len);
        } else {
            started = true;
            writeRawValue(chars, off, len);
        }
    }

    @Override
    public final void flush() {
        // The generator owns its target; poolson never asks to flush it.
    }

    @Override
    public final void close() {
        // Nothing to release: the generator stays open.
    }
}
