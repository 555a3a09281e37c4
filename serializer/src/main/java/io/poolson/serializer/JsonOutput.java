package io.poolson.serializer;

import io.poolson.pool.internal.LeadingPadding;

/**
 * Where {@link JsonTraversal} writes tokens: a pooled buffer that knows the JSON text form of each
 * primitive. Subclasses differ only in the buffer (chars or UTF-8 bytes) and in how a full buffer is
 * handed on. Not thread-safe: one call of the serializer owns an instance between pool get and put.
 *
 * <p>Every output is padded on both sides. Each thread's outputs are allocated in its own TLAB,
 * but a collection copies live objects next to each other in whatever order it meets them, so an
 * output can end up beside another thread's output, or beside an object every thread reads (a
 * node of the map being written, say): the fields it stores to on every token would then share a
 * cache line with the other thread's stores or reads, and each call would take the line away from
 * the other core. So every output extends {@link LeadingPadding} (128 bytes ahead of every field)
 * and is created as a {@code Padded*} leaf ({@link PaddedCharJsonOutput}, {@link PaddedUtf8JsonOutput},
 * {@link PaddedCharArrayJsonOutput}) whose only fields are 64 bytes of padding
 * ({@code long pad0..pad7}) after every other field; its key cache is padded the same way
 * ({@link PaddedKeyCache}), and its buffer is written from {@link ByteJsonOutput#START}, off the
 * array's first line. {@code OutputLayoutTest} checks the layout the running JVM chose (HotSpot
 * lays out a class's longs ahead of its other fields, so padding declared next to them would land
 * in front of them, and fills a superclass's holes with subclass fields: hence bytes ahead).
 * Measured on JDK 25 with 2 threads: a 1000-entry {@code toJson} took up to 26 us per iteration
 * instead of 14-15 until the write position had padding after it
 * ({@code bench/results/jdk25-serializer-2026-11-30-false-sharing.txt}); a one-entry one switched
 * between 31 and 88 ns until every field had ({@code -tail-padding-ab.txt}); and a one-entry
 * {@code toJsonBytes} still switched between 28 and 100-116 ns, with a {@code HashMap.Node} of the
 * map copied right in front of the slow thread's output (found with
 * {@code io.poolson.bench.machine.PlacementProbe}), until the padding ahead of the fields
 * ({@code -leading-padding*.txt}). {@code @Contended} would do all this but needs
 * {@code -XX:-RestrictContended}.
 */
abstract class JsonOutput extends LeadingPadding {
    /**
     * The caller's admission for the document being written, or null (everything poolson writes is
     * admitted). Set and cleared by {@link MapSerializer} around one traversal, so a pooled output
     * never keeps a caller's object alive.
     */
    Admission admission;

    /** Writes one ASCII structural char or literal char: {@code { } [ ] , :}. */
    abstract void ascii(char c);

    /** Writes an ASCII text as is: {@code null}, {@code true}, a {@code BigDecimal}'s digits. */
    abstract void ascii(String s);

    /**
     * Writes {@code {"s":} for the first key of a map, else {@code ,"s":}, with s escaped: the opening
     * brace or comma rides along with the key so that a cached key is one copy.
     */
    abstract void key(String s, boolean first);

    /** Writes {@code {"v":} or {@code ,"v":}, an integral key. */
    abstract void key(long v, boolean first);

    /** Writes s as a quoted, escaped JSON string. */
    abstract void string(String s);

    /** Writes chars {@code [0, length)} of s as a quoted, escaped JSON string, reading them one by one. */
    abstract void string(CharSequence s);

    abstract void string(char c);

    abstract void number(int v);

    abstract void number(long v);

    /** Writes a finite double in {@code Double.toString} form. */
    abstract void number(double v);

    /** Writes a finite float in {@code Float.toString} form. */
    abstract void number(float v);

    /** Writes bytes as a quoted Base64 string (RFC 4648 alphabet, padded, no line breaks). */
    abstract void base64(byte[] bytes);

    /** Hands buffered output on to the target if there is one and enough has piled up. */
    abstract void flushIfFull();

    final void nullValue() {
        ascii("null");
    }

    final void bool(boolean b) {
        ascii(b ? "true" : "false");
    }

    /** Writes a double as Jackson does: NaN and infinities as quoted strings. */
    final void jsonDouble(double d) {
        long thousandths = Thousandths.of(d);
        if (thousandths != Thousandths.NONE) {
            // Prices, ratios, measurements, whole numbers: the same text, without the JDK's general algorithm.
            Thousandths.write(thousandths, this);
        } else if (Double.isFinite(d)) {
            long decimal = ShortDecimals.IN_USE ? ShortDecimals.of(d) : ShortDecimals.NONE;
            if (decimal != ShortDecimals.NONE) {
                // JDK 17's FloatingDecimal is slow on coordinates and readings of up to nine digits.
                ShortDecimals.write(decimal, d < 0, this);
            } else {
                number(d);
            }
        } else {
            string(Double.toString(d));
        }
    }

    final void jsonFloat(float f) {
        if (Float.isFinite(f)) {
            number(f);
        } else {
            string(Float.toString(f));
        }
    }
}
