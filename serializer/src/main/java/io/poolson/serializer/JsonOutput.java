package io.poolson.serializer;

/**
 * Where {@link JsonTraversal} writes tokens: a pooled buffer that knows the JSON text form of each
 * primitive. Subclasses differ only in the buffer (chars or UTF-8 bytes) and in how a full buffer is
 * handed on. Not thread-safe: one call of the serializer owns an instance between pool get and put.
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
