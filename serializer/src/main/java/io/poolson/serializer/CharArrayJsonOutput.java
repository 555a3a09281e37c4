package io.poolson.serializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * JSON as UTF-16 chars in a {@code char[]}, the way Jackson 2's {@code WriterBasedJsonGenerator}
 * writes them: surrogates and all non-ASCII pass through unescaped. {@link CharJsonOutput} hands its
 * work over to one of these when a document turns out not to be Latin-1, or streams to an
 * {@link Appendable}. A {@code char[]} rather than a {@code StringBuilder}: direct stores with one
 * capacity check per token, strings copied in bulk with {@code String.getChars} and then checked in
 * place, and one copy into the result String (measured: the mixed benchmark map, which has chars above
 * U+00FF, was about 30% slower through a StringBuilder). Integers are formatted by {@link AsciiDigits},
 * the byte outputs' formatter, into a scratch array and widened; doubles and floats by the JDK into a
 * scratch {@code StringBuilder} and copied. So each kind of number has one formatter for all outputs.
 *
 * <p>With a target set, the buffer is handed to the target whenever it has no room left, so a large
 * document never needs a large buffer.
 *
 * <p>Abstract only so that it is always created as a {@link PaddedCharArrayJsonOutput}: this class
 * with padding after its fields.
 *
 * <p>Not thread-safe; owned by one serializer call between pool get and put.
 */
abstract class CharArrayJsonOutput extends JsonOutput {
    /** Buffer size while streaming, so the chunks handed on are this size. */
    static final int CHUNK = 8 * 1024;
    /**
     * The index of the first char written: as many bytes into the array as {@link ByteJsonOutput#START}
     * (24 chars), off the cache line it may share with the object before it in memory.
     */
    static final int START = ByteJsonOutput.START / Character.BYTES;

    private char[] cbuf = new char[START + CharJsonOutput.INITIAL_CAPACITY];
    private int pos = START;
    private Appendable target;
    /** Bumped when chars leave the buffer, so that a key split by a hand-off is not cached from it. */
    private int epoch;
    private final KeyCache keys = new PaddedKeyCache();
    /** The encoded forms the key cache indexes. */
    private char[] keyForms = new char[KeyCache.INITIAL_ARENA];
    /** Where {@link AsciiDigits} formats integers for us. */
    private final byte[] integerDigits = new byte[AsciiDigits.MAX_LONG_LENGTH];
    /** Where the JDK formats doubles and floats for us. */
    private final StringBuilder digits = new StringBuilder(32);
    private final Latin1Inflater latin1 = new Latin1Inflater();

    /**
     * Streams what is in the buffer and everything written from now on to {@code target}, in chunks
     * of {@link #CHUNK} chars. The buffer may already hold text (a document built before its target
     * was known, see {@link MapSerializer#writeCompleteTo(java.util.Map, Writer)}): grow it by copying.
     */
    void streamTo(Appendable target) {
        this.target = target;
        if (capacity() < CHUNK) {
            cbuf = java.util.Arrays.copyOf(cbuf, START + CHUNK);
        }
    }

    /** The document written; the call that owns this output is done with it. */
    String result() {
        return new String(cbuf, START, size());
    }

    /** Hands the rest of the buffer to the target. */
    void finish() {
        if (pos > START) {
            try {
                if (target instanceof Writer) {
                    ((Writer) target).write(cbuf, START, size());
                } else if (target instanceof StringBuilder) {
                    ((StringBuilder) target).append(cbuf, START, size());
                } else {
                    target.append(CharBuffer.wrap(cbuf, START, size()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pos = START;
            epoch++;
        }
    }

    /**
     * Appends Latin-1 text already encoded as bytes: what a {@link CharJsonOutput} wrote before it
     * widened, or an integer's digits.
     */
    void appendLatin1(byte[] b, int off, int n) {
        require(n);
        latin1.inflate(b, off, n, cbuf, pos);
        pos += n;
    }

    /** The chars written since {@link #START} (and not yet handed to the target). */
    private int size() {
        return pos - START;
    }

    /** The chars the buffer holds from {@link #START}: what the retention rule weighs. */
    int capacity() {
        return cbuf.length - START;
    }

    /** Back to the state a pool get must see: empty, no target. Runs on pool put. */
    void reset() {
        pos = START;
        target = null;
        keys.rewind();
    }

    @Override
    void flushIfFull() {
        // The buffer hands itself on when full (see makeRoom): no per-element check needed.
    }

    private void require(int n) {
        if (cbuf.length - pos < n) {
            makeRoom(n);
        }
    }

    private void makeRoom(int n) {
        if (target != null) {
            finish();
            if (capacity() >= n) {
                return;
            }
        }
        char[] bigger = new char[START + Math.max(capacity() * 2, size() + n)];
        System.arraycopy(cbuf, 0, bigger, 0, pos);
        cbuf = bigger;
    }

    @Override
    void ascii(char c) {
        require(1);
        cbuf[pos++] = c;
    }

    @Override
    void ascii(String s) {
        int n = s.length();
        require(n);
        s.getChars(0, n, cbuf, pos);
        pos += n;
    }

    @Override
    void key(String s, boolean first) {
        int range = keys.find(s);
        if (range >= 0) {
            int n = KeyCache.length(range);
            require(n);
            System.arraycopy(keyForms, KeyCache.offset(range), cbuf, pos, n);
            if (first) {
                cbuf[pos] = '{';
            }
            pos += n;
            return;
        }
        ascii(first ? '{' : ',');
        int start = pos - 1;
        int epochBefore = epoch;
        string(s);
        ascii(':');
        if (epoch == epochBefore) {
            int at = keys.reserve(s, pos - start);
            if (at >= 0) {
                if (at + pos - start > keyForms.length) {
                    keyForms = Arrays.copyOf(keyForms, KeyCache.grownArena(keyForms.length, at + pos - start));
                }
                System.arraycopy(cbuf, start, keyForms, at, pos - start);
                keyForms[at] = ','; // cached as a later key; the first key patches in its brace
            }
        }
    }

    @Override
    void key(long v, boolean first) {
        ascii(first ? '{' : ',');
        ascii('"');
        number(v);
        ascii('"');
        ascii(':');
    }

    @Override
    void string(String s) {
        int n = s.length();
        ascii('"');
        for (int i = 0; i < n; ) {
            int end = Math.min(n, i + ByteJsonOutput.SEGMENT);
            require((end - i) * ByteJsonOutput.MAX_BYTES_PER_CHAR);
            // Bulk copy, then look for the first char that needs an escape in our own array.
            s.getChars(i, end, cbuf, pos);
            char[] c = cbuf;
            int p = pos;
            int stop = p + (end - i);
            while (p < stop && JsonEscapes.isPlain(c[p])) {
                p++;
            }
            i += p - pos;
            pos = p;
            if (i < end) {
                i = escapeSegment(s, i, end);
            }
        }
        ascii('"');
    }

    @Override
    void string(CharSequence s) {
        int n = s.length();
        ascii('"');
        escapeFrom(s, 0, n);
        ascii('"');
    }

    @Override
    void string(char c) {
        require(ByteJsonOutput.MAX_BYTES_PER_CHAR + 2);
        cbuf[pos++] = '"';
        if (JsonEscapes.isPlain(c)) {
            cbuf[pos++] = c;
        } else {
            escape(c);
        }
        cbuf[pos++] = '"';
    }

    /** Appends chars {@code [i, n)} of s escaped, without quotes. */
    void escapeFrom(CharSequence s, int i, int n) {
        while (i < n) {
            int end = Math.min(n, i + ByteJsonOutput.SEGMENT);
            require((end - i) * ByteJsonOutput.MAX_BYTES_PER_CHAR);
            i = escapeSegment(s, i, end);
        }
    }

    /** Writes chars {@code [i, end)} of s escaped; room for six chars each is assured. Returns end. */
    private int escapeSegment(CharSequence s, int i, int end) {
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (JsonEscapes.isPlain(c)) {
                cbuf[pos++] = c;
            } else {
                escape(c);
            }
        }
        return end;
    }

    private void escape(char c) {
        int e = JsonEscapes.escapeOf(c);
        char[] b = cbuf;
        b[pos++] = '\\';
        if (e == JsonEscapes.UNICODE) {
            b[pos++] = 'u';
            b[pos++] = '0';
            b[pos++] = '0';
            b[pos++] = JsonEscapes.HEX_UPPER[c >> 4];
            b[pos++] = JsonEscapes.HEX_UPPER[c & 0xF];
        } else {
            b[pos++] = (char) e;
        }
    }

    @Override
    void number(int v) {
        // At most 20 bytes, below Latin1Inflater.LOOP_BELOW: widened by its plain loop, not the decoder.
        appendLatin1(integerDigits, 0, AsciiDigits.putInt(v, integerDigits, 0));
    }

    @Override
    void number(long v) {
        appendLatin1(integerDigits, 0, AsciiDigits.putLong(v, integerDigits, 0));
    }

    @Override
    void number(double v) {
        digits.setLength(0);
        appendDigits(digits.append(v));
    }

    @Override
    void number(float v) {
        digits.setLength(0);
        appendDigits(digits.append(v));
    }

    private void appendDigits(StringBuilder formatted) {
        int n = formatted.length();
        require(n);
        formatted.getChars(0, n, cbuf, pos);
        pos += n;
    }

    @Override
    void base64(byte[] bytes) {
        ascii('"');
        ascii(Base64.getEncoder().encodeToString(bytes));
        ascii('"');
    }
}
