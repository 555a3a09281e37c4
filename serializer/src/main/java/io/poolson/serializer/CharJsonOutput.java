package io.poolson.serializer;

import java.nio.charset.StandardCharsets;

/**
 * JSON text for {@code toJson} and {@code writeTo(Appendable)}, with Jackson 2's character-output
 * rules (surrogates and all non-ASCII pass through unescaped).
 *
 * <p>Most documents are Latin-1 only, and the JDK keeps such Strings as one byte per char (compact
 * strings). So a document starts as Latin-1 bytes in the pooled buffer, written with the byte
 * machinery of {@link ByteJsonOutput}, and becomes a String with one copy
 * ({@code new String(bytes, ISO_8859_1)}), cheaper per token than appending to a
 * {@code StringBuilder} (measured on JDK 25, size-10 {@code HashMap<String,Integer>}: about 95 ns
 * against about 165 ns through a pooled {@code StringBuilder}). The first char above U+00FF <em>widens</em> the output: what was written so
 * far moves into a {@link CharArrayJsonOutput}, which takes every later call. Streaming to an
 * {@link Appendable} starts wide.
 *
 * <p>Abstract only so that it is always created as a {@link PaddedCharJsonOutput} (see
 * {@link JsonOutput}). Not thread-safe; owned by one serializer call between pool get and put.
 */
abstract class CharJsonOutput extends ByteJsonOutput {
    static final int INITIAL_CAPACITY = 1024;

    /** Created on the first wide document: Latin-1-only workloads never pay for it. */
    private CharArrayJsonOutput wide;
    private boolean isWide;

    CharJsonOutput() {
        super(INITIAL_CAPACITY);
    }

    /** Streams everything written from now on to {@code target}, in chunks. */
    void streamTo(Appendable target) {
        goWide().streamTo(target);
    }

    /** The document written; the call that owns this output is done with it. */
    String result() {
        return isWide ? wide.result() : new String(buf, START, pos - START, StandardCharsets.ISO_8859_1);
    }

    /** Hands the rest of the document to the {@link Appendable} target. */
    void finishAppendable() {
        wide.finish();
    }

    @Override
    int capacity() {
        return wide == null ? super.capacity() : Math.max(super.capacity(), wide.capacity());
    }

    @Override
    void reset() {
        super.reset();
        if (wide != null) {
            wide.reset();
        }
        isWide = false;
    }

    private CharArrayJsonOutput goWide() {
        if (wide == null) {
            wide = new PaddedCharArrayJsonOutput();
        }
        wide.appendLatin1(buf, START, pos - START);
        pos = START;
        epoch++;
        isWide = true;
        return wide;
    }

    @Override
    void flushIfFull() {
        if (isWide) {
            wide.flushIfFull();
        }
    }

    @Override
    void ascii(char c) {
        if (isWide) {
            wide.ascii(c);
        } else {
            super.ascii(c);
        }
    }

    @Override
    void ascii(String s) {
        if (isWide) {
            wide.ascii(s);
        } else {
            super.ascii(s);
        }
    }

    @Override
    void key(String s, boolean first) {
        if (isWide) {
            wide.key(s, first);
        } else {
            super.key(s, first);
        }
    }

    @Override
    void key(long v, boolean first) {
        if (isWide) {
            wide.key(v, first);
        } else {
            super.key(v, first);
        }
    }

    @Override
    void number(int v) {
        if (isWide) {
            wide.number(v);
        } else {
            super.number(v);
        }
    }

    @Override
    void number(long v) {
        if (isWide) {
            wide.number(v);
        } else {
            super.number(v);
        }
    }

    @Override
    void number(double v) {
        if (isWide) {
            wide.number(v);
        } else {
            super.number(v);
        }
    }

    @Override
    void number(float v) {
        if (isWide) {
            wide.number(v);
        } else {
            super.number(v);
        }
    }

    @Override
    void base64(byte[] bytes) {
        if (isWide) {
            wide.base64(bytes);
        } else {
            super.base64(bytes);
        }
    }

    @Override
    void string(String s) {
        if (isWide) {
            wide.string(s);
            return;
        }
        int n = s.length();
        // Latin-1 chars that need no escape are one byte each; from the first other char on, latin1From.
        int i = openString(s, n, LATIN1_END);
        if (i < n) {
            latin1From(s, i, n);
        }
        ascii('"');
    }

    @Override
    void string(CharSequence s) {
        if (isWide) {
            wide.string(s);
            return;
        }
        int n = s.length();
        ascii('"');
        latin1From(s, 0, n);
        ascii('"');
    }

    @Override
    void string(char c) {
        if (isWide || c >= 0x100) {
            (isWide ? wide : goWide()).string(c);
            return;
        }
        require(MAX_BYTES_PER_CHAR + 2);
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        int e = c < 0x80 ? JsonEscapes.escapeOf(c) : 0;
        if (e == 0) {
            b[p++] = (byte) c;
        } else {
            p = escape(c, e, b, p);
        }
        b[p++] = '"';
        pos = p;
    }

    /** Writes chars {@code [i, n)} of s escaped, widening at the first char above U+00FF. */
    private void latin1From(CharSequence s, int i, int n) {
        while (i < n) {
            int end = Math.min(n, i + SEGMENT);
            require((end - i) * MAX_BYTES_PER_CHAR);
            byte[] b = buf;
            int p = pos;
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    int e = JsonEscapes.escapeOf(c);
                    if (e == 0) {
                        b[p++] = (byte) c;
                    } else {
                        p = escape(c, e, b, p);
                    }
                } else if (c < 0x100) {
                    b[p++] = (byte) c;
                } else {
                    pos = p;
                    goWide().escapeFrom(s, i, n);
                    return;
                }
            }
            pos = p;
        }
    }
}
