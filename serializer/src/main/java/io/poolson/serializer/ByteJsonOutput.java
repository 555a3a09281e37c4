package io.poolson.serializer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;

/**
 * JSON into a pooled heap {@link ByteBuffer}, written through its backing array with one capacity
 * check per token: everything but the encoding of strings, which subclasses supply (UTF-8 in
 * {@link Utf8JsonOutput}, Latin-1 in {@link CharJsonOutput}). With a target stream set, the buffer
 * is written out whenever it has no room left, so it never grows past what one step needs.
 *
 * <p>Not thread-safe; owned by one serializer call between pool get and put.
 */
abstract class ByteJsonOutput extends JsonOutput {
    /** Chars encoded per capacity check: bounds the room a long string asks for at once. */
    static final int SEGMENT = 512;
    /** The most bytes one char can take: <code>&#92;u00XX</code> or <code>&#92;uD83D</code>. */
    static final int MAX_BYTES_PER_CHAR = 6;

    /**
     * The index of the first byte written: the bytes before it are never used, so that every byte
     * written lies at least 64 bytes into the array object (16 bytes of header, then these 48), off
     * the cache line it may share with the end of the object before it in memory. The pooled
     * writer and its key cache have padding ahead of their fields for the same reason (see
     * {@link JsonOutput}); an array cannot, so its first line is left alone instead.
     */
    static final int START = 48;

    /** Eight and four bytes at a time, in the machine's order: only ever copied, never read as numbers. */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final VarHandle HALF_WORD = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());

    private ByteBuffer buffer;
    byte[] buf;
    int pos;
    private OutputStream target;
    /**
     * Bumped whenever bytes leave the buffer or the buffer stops being the output, so that a key
     * whose encoding was split that way is not cached from the buffer.
     */
    int epoch;
    private final KeyCache keys = new PaddedKeyCache();
    /** The encoded forms the key cache indexes. */
    private byte[] keyForms = new byte[KeyCache.INITIAL_ARENA];
    /** Scratch for the JDK's double and float formatting, which only writes chars. */
    private final StringBuilder floating = new StringBuilder(32);

    ByteJsonOutput(int initialCapacity) {
        buffer = ByteBuffer.allocate(START + initialCapacity);
        buf = buffer.array();
        pos = START;
    }

    /** Streams everything written from now on to {@code target}. */
    final void streamTo(OutputStream target) {
        this.target = target;
    }

    final int size() {
        return pos - START;
    }

    final byte[] toByteArray() {
        return Arrays.copyOfRange(buf, START, pos);
    }

    /** Puts the bytes written into {@code dst} (which must have room). */
    final void copyTo(ByteBuffer dst) {
        dst.put(buf, START, pos - START);
    }

    /** Writes the rest of the buffer to the target stream. */
    final void finishStream() {
        if (pos > START) {
            try {
                target.write(buf, START, pos - START);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pos = START;
            epoch++;
        }
    }

    /** The bytes the buffer holds from {@link #START}: what the retention rule weighs. */
    int capacity() {
        return buf.length - START;
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

    /** {@link #openString}'s bound for UTF-8 output: only ASCII is one byte per char. */
    static final char ASCII_END = 0x80;
    /** {@link #openString}'s bound for Latin-1 text: every char below it is one byte. */
    static final char LATIN1_END = 0x100;

    /**
     * The fast start of a string: writes the opening quote, then one byte per char the leading
     * chars of {@code s} below {@code end} that need no escape, at most {@link #SEGMENT} of them
     * (the room is reserved once, not per char); returns how many chars it wrote. The caller
     * encodes the rest its own way and closes the quote. Called with a constant {@code end}, so
     * each caller's loop compiles as if written for its own bound.
     */
    final int openString(String s, int n, char end) {
        int first = Math.min(n, SEGMENT);
        require(first + 2);
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        int i = 0;
        for (; i < first; i++) {
            char c = s.charAt(i);
            // ASCII needs the escape check; above it only the bound matters (with end = ASCII_END the
            // second arm is constant true, so the UTF-8 loop keeps its two tests per char).
            if (c < ASCII_END ? JsonEscapes.escapeOf(c) != 0 : c >= end) {
                break;
            }
            b[p++] = (byte) c;
        }
        pos = p;
        return i;
    }

    final void require(int n) {
        if (buf.length - pos < n) {
            makeRoom(n);
        }
    }

    private void makeRoom(int n) {
        // This buffer's own room, not capacity(): a character output's counts its wide buffer too.
        int room = buf.length - START;
        if (target != null) {
            finishStream();
            if (room >= n) {
                return;
            }
        }
        ByteBuffer bigger = ByteBuffer.allocate(START + Math.max(room * 2, size() + n));
        bigger.put(buf, 0, pos);
        buffer = bigger;
        buf = bigger.array();
    }

    @Override
    void ascii(char c) {
        require(1);
        buf[pos++] = (byte) c;
    }

    @Override
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact for ASCII and copies in bulk
    void ascii(String s) {
        int n = s.length();
        require(n);
        s.getBytes(0, n, buf, pos);
        pos += n;
    }

    final void ascii(byte[] b, int off, int n) {
        require(n);
        System.arraycopy(b, off, buf, pos, n);
        pos += n;
    }

    @Override
    void key(String s, boolean first) {
        int range = keys.find(s);
        if (range >= 0) {
            cachedKey(KeyCache.offset(range), KeyCache.length(range), first);
        } else {
            newKey(s, first);
        }
    }

    /*
     * A cached key form (4 bytes at least, ,"": and often 6-16, such as ,"key42":) is copied as two
     * words that overlap in its middle: bytes [0, 8) and [n-8, n) for 8 to 16 bytes, or two ints
     * for 4 to 7. System.arraycopy of a few bytes is a call to the JIT's copy stub, which took 14%
     * of a 1000-entry toJsonBytes in a profile (bench/results/*-key-word-copy*). Nothing outside
     * the form is read or written: two 16-byte word copies that ran past it measured 2-3% slower
     * at 10 entries (the writes past pos are overwritten at once, and the stores overlap more).
     */
    private void cachedKey(int off, int n, boolean first) {
        if (n > 16) {
            ascii(keyForms, off, n);
        } else {
            require(n);
            byte[] forms = keyForms;
            byte[] b = buf;
            int p = pos;
            if (n >= 8) {
                long head = (long) WORD.get(forms, off);
                long tail = (long) WORD.get(forms, off + n - 8);
                WORD.set(b, p, head);
                WORD.set(b, p + n - 8, tail);
            } else {
                int head = (int) HALF_WORD.get(forms, off);
                int tail = (int) HALF_WORD.get(forms, off + n - 4);
                HALF_WORD.set(b, p, head);
                HALF_WORD.set(b, p + n - 4, tail);
            }
            pos = p + n;
        }
        if (first) {
            buf[pos - n] = '{';
        }
    }

    /** Writes a key not in the cache (kept out of key() so that the cached path stays small enough to inline). */
    private void newKey(String s, boolean first) {
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
                System.arraycopy(buf, start, keyForms, at, pos - start);
                keyForms[at] = ','; // cached as a later key; the first key patches in its brace
            }
        }
    }

    @Override
    void key(long v, boolean first) {
        require(2);
        buf[pos++] = (byte) (first ? '{' : ',');
        buf[pos++] = '"';
        number(v);
        require(2);
        buf[pos++] = '"';
        buf[pos++] = ':';
    }

    /** Writes an escape for {@code c} (an ASCII char with escape code {@code e}); returns the new position. */
    static int escape(char c, int e, byte[] b, int p) {
        if (e == JsonEscapes.UNICODE) {
            return unicodeEscape(c, b, p);
        }
        b[p++] = '\\';
        b[p++] = (byte) e;
        return p;
    }

    static int unicodeEscape(char c, byte[] b, int p) {
        char[] hex = JsonEscapes.HEX_UPPER;
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = (byte) hex[c >> 12];
        b[p++] = (byte) hex[(c >> 8) & 0xF];
        b[p++] = (byte) hex[(c >> 4) & 0xF];
        b[p++] = (byte) hex[c & 0xF];
        return p;
    }

    @Override
    void number(int v) {
        require(AsciiDigits.MAX_INT_LENGTH);
        pos = AsciiDigits.putInt(v, buf, pos);
    }

    @Override
    void number(long v) {
        require(AsciiDigits.MAX_LONG_LENGTH);
        pos = AsciiDigits.putLong(v, buf, pos);
    }

    @Override
    void number(double v) {
        floating.setLength(0);
        floating.append(v);
        asciiChars(floating);
    }

    @Override
    void number(float v) {
        floating.setLength(0);
        floating.append(v);
        asciiChars(floating);
    }

    private void asciiChars(CharSequence s) {
        int n = s.length();
        require(n);
        for (int i = 0; i < n; i++) {
            buf[pos + i] = (byte) s.charAt(i);
        }
        pos += n;
    }

    @Override
    void base64(byte[] bytes) {
        byte[] encoded = Base64.getEncoder().encode(bytes);
        ascii('"');
        for (int off = 0; off < encoded.length; off += SEGMENT) {
            ascii(encoded, off, Math.min(SEGMENT, encoded.length - off));
        }
        ascii('"');
    }
}
