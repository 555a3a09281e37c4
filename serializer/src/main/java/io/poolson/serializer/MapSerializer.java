package io.poolson.serializer;

import io.poolson.pool.Pool;
import io.poolson.pool.PoolStats;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@code Map} as JSON exactly as Jackson 2's default {@code ObjectMapper} does
 * ({@code writeValueAsString} for character output, {@code writeValueAsBytes} for UTF-8 output), on
 * buffers borrowed from poolson {@link Pool}s: each call takes a writer, fills it, copies the result
 * out and returns the writer reset, also when it fails. A writer whose buffer grew past the
 * {@linkplain Builder#retentionCap retention cap} is dropped instead of kept. Besides its buffer,
 * each pooled writer keeps a bounded cache of encoded map keys, so that keys seen before are copied
 * rather than escaped again; the cache never changes the output. It starts at about 1 KB and grows
 * with the distinct keys the writer meets, to at most 1024 keys of up to 64 chars and 16 Ki bytes
 * or chars of encoded forms (about 40 KB); it is not counted against the retention cap and is
 * dropped with its writer.
 *
 * <h2>What is supported</h2>
 * Keys: {@code String} and other {@code CharSequence}s, {@code Character}, {@code Boolean},
 * {@code Integer}, {@code Long}, {@code Short}, {@code Byte}, {@code Double}, {@code Float},
 * {@code BigInteger}, {@code BigDecimal}, {@code AtomicInteger}, {@code AtomicLong},
 * {@code AtomicBoolean} (all written as their {@code toString()}) and enums (their {@code name()}).
 * Values: null, the key types above, nested {@code Map}s, {@code Collection}s and other
 * {@code Iterable}s, object arrays and primitive arrays ({@code byte[]} as a Base64 string,
 * {@code char[]} as a string). Numbers are written as Jackson writes them: doubles and floats by
 * {@code Double.toString}/{@code Float.toString} of the running JDK, NaN and infinities as quoted
 * strings, {@code BigDecimal} by {@code toString()}. Anything else, including {@code Optional}, other
 * {@code Number} types and beans, is rejected with a {@link JsonSerializationException}.
 *
 * <h2>Errors</h2>
 * A {@link JsonSerializationException} (with the {@linkplain JsonSerializationException#path path} of
 * the problem) for: a null key, an unsupported key or value type, nesting deeper than
 * {@linkplain Builder#maxDepth the limit}, a container that contains itself (a cycle; detected when it
 * reaches the depth limit, never a {@code StackOverflowError}). Exceptions thrown by the map or its
 * contents while being read ({@code ConcurrentModificationException}, a {@code CharSequence} whose
 * {@code length()} or {@code charAt()} throws, ...) propagate unchanged. In every case the pooled
 * writer goes back to its pool reset, and the next call is unaffected. The depth limit applies to
 * every output alike. This is one deliberate difference from Jackson 2 2.22: its character output
 * lets a map nested exactly one level past the limit through ({@code WriterBasedJsonGenerator
 * .writeStartObject(Object)} skips the depth check, and the next level fails), while its UTF-8 output
 * rejects it; see {@code JacksonRulesTest.jacksonCharOutputSkipsTheDepthCheckForMapsButWeDoNot}.
 *
 * <p>Instances are immutable and thread-safe; share one per configuration.
 */
public final class MapSerializer {
    /** 64 KiB: Go's {@code fmt} drops pooled buffers past this size too. */
    public static final int DEFAULT_RETENTION_CAP = 64 * 1024;
    /** Jackson 2's {@code StreamWriteConstraints} default. */
    public static final int DEFAULT_MAX_DEPTH = 1000;

    private static final MapSerializer DEFAULTS = builder().build();

    private final int retentionCap;
    private final int maxDepth;
    private final boolean combineSurrogatePairs;
    private final Pool<CharJsonOutput> charPool;
    private final Pool<Utf8JsonOutput> bytePool;

    private MapSerializer(Builder b) {
        this.retentionCap = b.retentionCap;
        this.maxDepth = b.maxDepth;
        this.combineSurrogatePairs = b.combineSurrogatePairs;
        int cap = b.retentionCap;
        boolean combine = b.combineSurrogatePairs;
        this.charPool = Pool.<CharJsonOutput>builder(PaddedCharJsonOutput::new)
                .reset(CharJsonOutput::reset)
                .retainIf(out -> out.capacity() <= cap)
                .build();
        this.bytePool = Pool.<Utf8JsonOutput>builder(() -> new PaddedUtf8JsonOutput(combine))
                .reset(Utf8JsonOutput::reset)
                .retainIf(out -> out.capacity() <= cap)
                .build();
    }

    /**
     * A builder with the defaults: retention cap 64 KiB, max depth 1000.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The instance with default settings, behind {@link Serializer}'s static methods.
     *
     * @return the same instance on every call
     */
    public static MapSerializer defaults() {
        return DEFAULTS;
    }

    /**
     * The JSON text of {@code map}, equal to Jackson 2's {@code new ObjectMapper().writeValueAsString(map)}.
     *
     * @param map the map to write
     * @return the JSON text
     * @throws NullPointerException if {@code map} is null
     * @throws JsonSerializationException for a null or unsupported key, an unsupported value, nesting
     *     deeper than the limit, or a cycle
     */
    public String toJson(Map<?, ?> map) {
        requireMap(map);
        CharJsonOutput out = charPool.get();
        try {
            JsonTraversal.writeDocument(out, map, maxDepth);
            return out.result();
        } finally {
            charPool.put(out);
        }
    }

    /**
     * The UTF-8 JSON of {@code map}, equal to Jackson 2's {@code writeValueAsBytes(map)} (which, unlike
     * the character output, escapes every surrogate char as <code>&#92;uXXXX</code>).
     *
     * @param map the map to write
     * @return the UTF-8 JSON, in a new array
     * @throws NullPointerException if {@code map} is null
     * @throws JsonSerializationException as for {@link #toJson}
     */
    public byte[] toJsonBytes(Map<?, ?> map) {
        requireMap(map);
        Utf8JsonOutput out = bytePool.get();
        try {
            JsonTraversal.writeDocument(out, map, maxDepth);
            return out.toByteArray();
        } finally {
            bytePool.put(out);
        }
    }

    /**
     * Writes the UTF-8 JSON of {@code map} (the bytes {@link #toJsonBytes} returns) to {@code stream}
     * in chunks of at most the pooled buffer's size, so the document is never held whole. The stream
     * is neither flushed nor closed.
     *
     * @param map    the map to write
     * @param stream receives the UTF-8 JSON
     * @throws NullPointerException if {@code map} or {@code stream} is null
     * @throws java.io.UncheckedIOException wrapping an {@code IOException} thrown by the stream
     * @throws JsonSerializationException as for {@link #toJson}; a prefix of the document may already
     *     have been written to the stream
     */
    public void writeTo(Map<?, ?> map, OutputStream stream) {
        requireMap(map);
        Objects.requireNonNull(stream, "stream must not be null");
        Utf8JsonOutput out = bytePool.get();
        try {
            out.streamTo(stream);
            JsonTraversal.writeDocument(out, map, maxDepth);
            out.finishStream();
        } finally {
            bytePool.put(out);
        }
    }

    /**
     * Appends the JSON text of {@code map} (what {@link #toJson} returns) to {@code target}, handing it
     * chunks of at most 8 KiB chars (long strings included) so the document is never held whole. A
     * {@code java.io.Writer} target receives {@code write(char[], int, int)} calls, a
     * {@code StringBuilder} {@code append(char[], int, int)}, any other {@code Appendable}
     * {@code append(CharSequence)} with a {@code CharBuffer} view of the chunk. The target is neither
     * flushed nor closed.
     *
     * @param map    the map to write
     * @param target receives the JSON text
     * @throws NullPointerException if {@code map} or {@code target} is null
     * @throws java.io.UncheckedIOException wrapping an {@code IOException} thrown by the target
     * @throws JsonSerializationException as for {@link #toJson}; a prefix of the document may already
     *     have been appended
     */
    public void writeTo(Map<?, ?> map, Appendable target) {
        requireMap(map);
        Objects.requireNonNull(target, "target must not be null");
        CharJsonOutput out = charPool.get();
        try {
            out.streamTo(target);
            JsonTraversal.writeDocument(out, map, maxDepth);
            out.finishAppendable();
        } finally {
            charPool.put(out);
        }
    }

    /**
     * Puts the UTF-8 JSON of {@code map} (the bytes {@link #toJsonBytes} returns) into {@code target}
     * at its position, all or nothing: on any exception the target's position and contents are
     * unchanged.
     *
     * @param map    the map to write
     * @param target receives the UTF-8 JSON from its position on
     * @return the number of bytes written; the target's position has advanced by as much
     * @throws NullPointerException if {@code map} or {@code target} is null
     * @throws ReadOnlyBufferException if {@code target} is read-only
     * @throws BufferOverflowException if {@code target.remaining()} is less than the document's size
     *     ({@link #toJsonBytes} tells the size)
     * @throws JsonSerializationException as for {@link #toJson}
     */
    public int writeTo(Map<?, ?> map, ByteBuffer target) {
        requireMap(map);
        Objects.requireNonNull(target, "target must not be null");
        if (target.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        Utf8JsonOutput out = bytePool.get();
        try {
            JsonTraversal.writeDocument(out, map, maxDepth);
            int size = out.size();
            if (target.remaining() < size) {
                throw new BufferOverflowException();
            }
            out.copyTo(target);
            return size;
        } finally {
            bytePool.put(out);
        }
    }

    /**
     * Appends the JSON text of {@code map} (what {@link #toJson} returns) to {@code target} only once
     * the whole document is built: it is written into the pooled buffer first, then handed over in
     * {@code write(char[], int, int)} chunks. If the map cannot be written, {@code target} receives
     * nothing, so the caller can fall back to another writer (the Jackson integration does).
     *
     * @param map    the map to write
     * @param target receives the JSON text, all of it or nothing
     * @throws NullPointerException if {@code map} or {@code target} is null
     * @throws java.io.UncheckedIOException wrapping an {@code IOException} thrown by the target
     * @throws JsonSerializationException as for {@link #toJson}; nothing was written
     */
    public void writeCompleteTo(Map<?, ?> map, Writer target) {
        writeCompleteTo(map, target, null, maxDepth);
    }

    /**
     * {@link #writeCompleteTo(Map, Writer)}, but only if {@code admission} admits the class of every
     * key and value met and the nesting stays within {@code depthLimit} (and this instance's
     * {@linkplain #maxDepth limit}). The map is walked once, and the checks are made as it is
     * written, so a map that is refused costs its walk up to the refusal.
     *
     * @param map        the map to write
     * @param target     receives the JSON text, all of it or nothing
     * @param admission  what the caller lets poolson write, or null for everything poolson writes
     * @param depthLimit the deepest nesting written, lower than {@link #maxDepth} where the caller's
     *                   target allows less; beyond it a {@link JsonSerializationException} is thrown
     * @return false, having written nothing, if {@code admission} refused a class
     * @throws NullPointerException if {@code map} or {@code target} is null
     * @throws java.io.UncheckedIOException wrapping an {@code IOException} thrown by the target
     * @throws JsonSerializationException as for {@link #toJson}; nothing was written
     */
    public boolean writeCompleteTo(Map<?, ?> map, Writer target, Admission admission, int depthLimit) {
        requireMap(map);
        Objects.requireNonNull(target, "target must not be null");
        CharJsonOutput out = charPool.get();
        try {
            if (!writeAdmitted(out, map, admission, depthLimit)) {
                return false;
            }
            out.streamTo(target);
            out.finishAppendable();
            return true;
        } finally {
            charPool.put(out);
        }
    }

    /**
     * Writes the UTF-8 JSON of {@code map} (what {@link #toJsonBytes} returns) to {@code target} only
     * once the whole document is built, in a single {@code write(byte[], int, int)} call from the
     * pooled buffer. If the map cannot be written, {@code target} receives nothing.
     *
     * @param map    the map to write
     * @param target receives the UTF-8 JSON, all of it or nothing
     * @throws NullPointerException if {@code map} or {@code target} is null
     * @throws java.io.UncheckedIOException wrapping an {@code IOException} thrown by the target
     * @throws JsonSerializationException as for {@link #toJson}; nothing was written
     */
    public void writeCompleteTo(Map<?, ?> map, OutputStream target) {
        writeCompleteTo(map, target, null, maxDepth);
    }

    /**
     * {@link #writeCompleteTo(Map, OutputStream)} under the conditions of
     * {@link #writeCompleteTo(Map, Writer, Admission, int)}.
     *
     * @param map        the map to write
     * @param target     receives the UTF-8 JSON, all of it or nothing
     * @param admission  what the caller lets poolson write, or null for everything poolson writes
     * @param depthLimit the deepest nesting written, as for the {@code Writer} overload
     * @return false, having written nothing, if {@code admission} refused a class
     */
    public boolean writeCompleteTo(Map<?, ?> map, OutputStream target, Admission admission, int depthLimit) {
        requireMap(map);
        Objects.requireNonNull(target, "target must not be null");
        Utf8JsonOutput out = bytePool.get();
        try {
            if (!writeAdmitted(out, map, admission, depthLimit)) {
                return false;
            }
            out.streamTo(target);
            out.finishStream();
            return true;
        } finally {
            bytePool.put(out);
        }
    }

    /**
     * Builds the whole document in {@code out} under {@code admission}; false if it refused a class.
     * The admission is cleared before the output goes back to its pool, so the pool never keeps it.
     */
    private boolean writeAdmitted(JsonOutput out, Map<?, ?> map, Admission admission, int depthLimit) {
        out.admission = admission;
        try {
            JsonTraversal.writeDocument(out, map, Math.min(depthLimit, maxDepth));
            return true;
        } catch (JsonTraversal.Refusal refused) {
            return false;
        } finally {
            out.admission = null;
        }
    }

    private static void requireMap(Map<?, ?> map) {
        Objects.requireNonNull(map, "map must not be null");
    }

    /**
     * Counters of the pool of character writers ({@link #toJson}, {@code writeTo(Appendable)}).
     *
     * @return a snapshot of that pool's counters; see {@link PoolStats} for their accuracy
     */
    public PoolStats charPoolStats() {
        return charPool.stats();
    }

    /**
     * Counters of the pool of UTF-8 writers ({@link #toJsonBytes}, the stream and buffer {@code writeTo}).
     *
     * @return a snapshot of that pool's counters; see {@link PoolStats} for their accuracy
     */
    public PoolStats bytePoolStats() {
        return bytePool.stats();
    }

    /**
     * Buffers larger than this many chars (character output) or bytes (UTF-8) are not kept.
     *
     * @return the retention cap, 0 or more
     */
    public int retentionCap() {
        return retentionCap;
    }

    /**
     * The deepest nesting written; the root map is at depth 1.
     *
     * @return the depth limit, 1 or more
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * Whether UTF-8 output writes a surrogate pair as one 4-byte sequence; see {@link Builder#combineSurrogatePairs}.
     *
     * @return true if pairs are combined, false (the default) if each surrogate is escaped
     */
    public boolean combineSurrogatePairs() {
        return combineSurrogatePairs;
    }

    /**
     * Configures a {@link MapSerializer}. Not thread-safe; {@link #build()} may be called repeatedly,
     * each time giving an independent instance with its own pools.
     */
    public static final class Builder {
        private int retentionCap = DEFAULT_RETENTION_CAP;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private boolean combineSurrogatePairs;

        private Builder() {
        }

        /**
         * A writer whose buffer capacity (chars or bytes) exceeds {@code chars} after a call is dropped
         * rather than pooled, so one huge map does not pin a huge buffer. Default 64 KiB. The capacity
         * counted is what the buffer can hold: each buffer array also has 48 bytes at its start that
         * are never written (they keep the written bytes off the cache line of the object before the
         * array; see {@code ByteJsonOutput.START}).
         *
         * @param chars the largest buffer capacity kept, in chars or bytes, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder retentionCap(int chars) {
            if (chars < 0) {
                throw new IllegalArgumentException("retentionCap must be >= 0: " + chars);
            }
            this.retentionCap = chars;
            return this;
        }

        /**
         * The deepest nesting of containers (maps, collections, iterables, arrays other than
         * {@code byte[]}/{@code char[]}) allowed, the root map counting as 1. Default 1000, Jackson 2's.
         *
         * @param depth the deepest nesting allowed, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder maxDepth(int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("maxDepth must be >= 1: " + depth);
            }
            this.maxDepth = depth;
            return this;
        }

        /**
         * UTF-8 output only: {@code true} writes a valid surrogate pair as the 4-byte UTF-8 sequence of
         * its code point, as Jackson 3 does by default ({@code JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8});
         * {@code false} (the default, Jackson 2's) escapes each surrogate as <code>&#92;uXXXX</code>. A lone
         * surrogate is escaped either way. Character output never escapes surrogates.
         *
         * @param combine true to combine valid pairs, false to escape every surrogate
         * @return this builder
         */
        public Builder combineSurrogatePairs(boolean combine) {
            this.combineSurrogatePairs = combine;
            return this;
        }

        /**
         * Builds a serializer with this builder's settings and pools of its own.
         *
         * @return a new serializer
         */
        public MapSerializer build() {
            return new MapSerializer(this);
        }
    }
}
