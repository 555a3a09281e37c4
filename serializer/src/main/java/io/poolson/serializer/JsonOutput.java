package io.poolson.serializer;

/**
 * Where {@link JsonTraversal} writes tokens: a pooled buffer that knows the JSON text form of each
 * primitive. Subclasses differ only in the buffer (chars or UTF-8 bytes) and in how a full buffer is
 * handed on. Not thread-safe: one call of the serializer owns an instance between pool get and put.
 *
 * <p>Every output is created as a {@code Padded*} leaf ({@link PaddedCharJsonOutput},
 * {@link PaddedUtf8JsonOutput}, {@link PaddedCharArrayJsonOutput}) whose only fields are 64 bytes of
 * padding ({@code long pad0..pad7}); all other fields live in the abstract classes above it, so the
 * padding follows every one of them ({@code OutputLayoutTest} checks the layout the running JVM
 * chose). Each thread's outputs are allocated in its own TLAB, but a collection copies live objects,
 * and two threads' outputs (or an output and another thread's hot object) can then end up next to
 * each other: a field one thread stores or reads on every token would share a cache line with the
 * other thread's stores. Measured on JDK 25, 2 threads
 * ({@code bench/results/jdk25-serializer-2026-11-30-false-sharing.txt}, {@code -wide-padding-ab.txt},
 * {@code -tail-padding-ab.txt}): a 1000-entry {@code toJson} took up to 26 us per iteration instead
 * of 14-15 after such a collection, and stayed at 14-16 us with padding after the write position;
 * a one-entry {@code toJson} still switched between 31 and up to 88 ns until the padding also followed
 * the leaf's own fields (HotSpot lays out a class's longs ahead of its other fields, so padding
 * declared next to them lands in front of them). Padding ahead of all fields did not help.
 * {@code @Contended} would do it but needs {@code -XX:-RestrictContended}.
 */
abstract class JsonOutput {
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
        if (Double.isFinite(d)) {
            number(d);
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
