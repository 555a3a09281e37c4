package io.poolson.serializer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * JSON as UTF-8 bytes in a pooled heap {@link ByteBuffer} (written through its backing array), the
 * way Jackson 2's {@code UTF8JsonGenerator} writes them: every surrogate char, paired or lone, is
 * escaped as <code>&#92;uXXXX</code> with upper-case hex (Jackson 2 does not combine pairs into 4-byte UTF-8
 * by default). With a target stream set, the buffer is written out whenever it has no room left, so
 * the buffer never grows past what one step needs.
 *
 * <p>Not thread-safe; owned by one serializer call between pool get and put.
 */
final class Utf8JsonOutput extends JsonOutput {
    static final int INITIAL_CAPACITY = 8 * 1024;
    /** Chars encoded per capacity check: bounds the room a long string asks for at once. */
    private static final int SEGMENT = 512;
    /** The most bytes one char can take: <code>&#92;u00XX</code> or <code>&#92;uD83D</code>. */
    private static final int MAX_BYTES_PER_CHAR = 6;

    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
    }

    private ByteBuffer buffer = ByteBuffer.allocate(INITIAL_CAPACITY);
    private byte[] buf = buffer.array();
    private int pos;
    private OutputStream target;
    /** Counts hand-offs to the target, so a key split by one is not cached from the buffer. */
    private int flushes;
    private final KeyCache<byte[]> keys = new KeyCache<>();
    /** Scratch for the JDK's double and float formatting, which only writes chars. */
    private final StringBuilder floating = new StringBuilder(32);
    /** Write a valid surrogate pair as 4-byte UTF-8 instead of two escapes (Jackson 3's default). */
    private final boolean combineSurrogatePairs;

    Utf8JsonOutput(boolean combineSurrogatePairs) {
        this.combineSurrogatePairs = combineSurrogatePairs;
    }

    /** Streams everything written from now on to {@code target}. */
    void streamTo(OutputStream target) {
        this.target = target;
    }

    int size() {
        return pos;
    }

    /** A copy of the bytes written. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /** Puts the bytes written into {@code dst} (which must have room). */
    void copyTo(ByteBuffer dst) {
        dst.put(buf, 0, pos);
    }

    /** Writes the rest of the buffer to the target stream. */
    void finish() {
        flush();
    }

    int capacity() {
        return buf.length;
    }

    /** Back to the state a pool get must see: empty, no target. Runs on pool put. */
    void reset() {
        pos = 0;
        target = null;
    }

    @Override
    void flushIfFull() {
        // The buffer hands itself on when full (see makeRoom): no per-element check needed.
    }

    private void flush() {
        if (pos > 0) {
            try {
                target.write(buf, 0, pos);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pos = 0;
            flushes++;
        }
    }

    private void require(int n) {
        if (buf.length - pos < n) {
            makeRoom(n);
        }
    }

    private void makeRoom(int n) {
        if (target != null) {
            flush();
            if (buf.length >= n) {
                return;
            }
        }
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.length * 2, pos + n));
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

    private void ascii(byte[] b, int off, int n) {
        require(n);
        System.arraycopy(b, off, buf, pos, n);
        pos += n;
    }

    @Override
    void key(String s) {
        byte[] form = keys.get(s);
        if (form != null) {
            ascii(form, 0, form.length);
            return;
        }
        int start = pos;
        int flushesBefore = flushes;
        string(s);
        ascii(':');
        if (flushes == flushesBefore && keys.wants(s)) {
            keys.offer(s, Arrays.copyOfRange(buf, start, pos));
        }
    }

    @Override
    void key(long v) {
        require(1);
        buf[pos++] = '"';
        number(v);
        require(2);
        buf[pos++] = '"';
        buf[pos++] = ':';
    }

    @Override
    void string(String s) {
        int n = s.length();
        int first = Math.min(n, SEGMENT);
        require(first + 2);
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        int i = 0;
        // Fast path: plain ASCII copies one byte per char; anything else goes to encodeFrom.
        for (; i < first; i++) {
            char c = s.charAt(i);
            if (!(c < 128 && JsonEscapes.escapeOf(c) == 0)) {
                break;
            }
            b[p++] = (byte) c;
        }
        pos = p;
        if (i < n) {
            encodeFrom(s, i, n);
        }
        require(1);
        buf[pos++] = '"';
    }

    @Override
    void string(CharSequence s) {
        int n = s.length();
        ascii('"');
        encodeFrom(s, 0, n);
        ascii('"');
    }

    @Override
    void string(char c) {
        ascii('"');
        require(MAX_BYTES_PER_CHAR);
        pos = encode(c, buf, pos);
        ascii('"');
    }

    private void encodeFrom(CharSequence s, int i, int n) {
        while (i < n) {
            int end = Math.min(n, i + SEGMENT);
            require((end - i) * MAX_BYTES_PER_CHAR);
            byte[] b = buf;
            int p = pos;
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (combineSurrogatePairs && Character.isHighSurrogate(c) && i + 1 < n
                        && Character.isLowSurrogate(s.charAt(i + 1))) {
                    // 4 bytes for 2 chars: within the 6 per char reserved, even if the low half lies past end.
                    p = fourBytes(Character.toCodePoint(c, s.charAt(++i)), b, p);
                } else {
                    p = encode(c, b, p);
                }
            }
            pos = p;
        }
    }

    /** Writes one char at {@code b[p]} (room for 6 bytes assured); returns the new position. */
    private static int encode(char c, byte[] b, int p) {
        if (c < 0x80) {
            int e = JsonEscapes.escapeOf(c);
            if (e == 0) {
                b[p++] = (byte) c;
            } else if (e == JsonEscapes.UNICODE) {
                p = unicodeEscape(c, b, p);
            } else {
                b[p++] = '\\';
                b[p++] = (byte) e;
            }
        } else if (c < 0x800) {
            b[p++] = (byte) (0xC0 | (c >> 6));
            b[p++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            p = unicodeEscape(c, b, p);
        } else {
            b[p++] = (byte) (0xE0 | (c >> 12));
            b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[p++] = (byte) (0x80 | (c & 0x3F));
        }
        return p;
    }

    private static int fourBytes(int codePoint, byte[] b, int p) {
        b[p++] = (byte) (0xF0 | (codePoint >> 18));
        b[p++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (codePoint & 0x3F));
        return p;
    }

    private static int unicodeEscape(char c, byte[] b, int p) {
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
        if (v == Integer.MIN_VALUE) {
            ascii("-2147483648");
            return;
        }
        require(11);
        int p = pos;
        if (v < 0) {
            buf[p++] = '-';
            v = -v;
        }
        int end = p + digitCount(v);
        putDigits(v, buf, end);
        pos = end;
    }

    @Override
    void number(long v) {
        if (v == (int) v) {
            number((int) v);
            return;
        }
        if (v == Long.MIN_VALUE) {
            ascii("-9223372036854775808");
            return;
        }
        require(20);
        int p = pos;
        if (v < 0) {
            buf[p++] = '-';
            v = -v;
        }
        int end = p + digitCount(v);
        int q = end;
        byte[] b = buf;
        while (v > Integer.MAX_VALUE) {
            long t = v / 100;
            int r = (int) (v - t * 100);
            v = t;
            b[--q] = ONES[r];
            b[--q] = TENS[r];
        }
        putDigits((int) v, b, q);
        pos = end;
    }

    /** Writes the decimal digits of {@code v >= 0} so that they end just before {@code end}. */
    private static void putDigits(int v, byte[] b, int end) {
        int q = end;
        while (v >= 100) {
            int t = v / 100;
            int r = v - t * 100;
            v = t;
            b[--q] = ONES[r];
            b[--q] = TENS[r];
        }
        if (v >= 10) {
            b[--q] = ONES[v];
            b[--q] = TENS[v];
        } else {
            b[--q] = (byte) ('0' + v);
        }
    }

    private static int digitCount(int v) {
        int limit = 10;
        for (int d = 1; d < 10; d++) {
            if (v < limit) {
                return d;
            }
            limit *= 10;
        }
        return 10;
    }

    private static int digitCount(long v) {
        long limit = 10;
        for (int d = 1; d < 19; d++) {
            if (v < limit) {
                return d;
            }
            limit *= 10;
        }
        return 19;
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
