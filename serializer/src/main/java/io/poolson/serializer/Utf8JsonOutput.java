package io.poolson.serializer;

/**
 * JSON as UTF-8 bytes, the way Jackson 2's {@code UTF8JsonGenerator} writes them: every surrogate
 * char, paired or lone, is escaped as <code>&#92;uXXXX</code> with upper-case hex (Jackson 2 does not
 * combine pairs into 4-byte UTF-8 by default).
 *
 * <p>Abstract only so that it is always created as a {@link PaddedUtf8JsonOutput} (see
 * {@link JsonOutput}). Not thread-safe; owned by one serializer call between pool get and put.
 */
abstract class Utf8JsonOutput extends ByteJsonOutput {
    /** Also the chunk size when streaming. */
    static final int INITIAL_CAPACITY = 8 * 1024;

    /** Write a valid surrogate pair as 4-byte UTF-8 instead of two escapes (Jackson 3's default). */
    private final boolean combineSurrogatePairs;

    Utf8JsonOutput(boolean combineSurrogatePairs) {
        super(INITIAL_CAPACITY);
        this.combineSurrogatePairs = combineSurrogatePairs;
    }

    @Override
    void string(String s) {
        int n = s.length();
        // Plain ASCII is one byte per char; from the first other char on, encodeFrom.
        int i = openString(s, n, ASCII_END);
        if (i < n) {
            encodeFrom(s, i, n);
        }
        ascii('"');
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
        require(MAX_BYTES_PER_CHAR + 2);
        buf[pos++] = '"';
        pos = encode(c, buf, pos);
        buf[pos++] = '"';
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

    private static int fourBytes(int codePoint, byte[] b, int p) {
        b[p++] = (byte) (0xF0 | (codePoint >> 18));
        b[p++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (codePoint & 0x3F));
        return p;
    }

    /** Writes one char at {@code b[p]} (room for 6 bytes assured); returns the new position. */
    private static int encode(char c, byte[] b, int p) {
        if (c < 0x80) {
            int e = JsonEscapes.escapeOf(c);
            if (e == 0) {
                b[p++] = (byte) c;
                return p;
            }
            return escape(c, e, b, p);
        }
        if (c < 0x800) {
            b[p++] = (byte) (0xC0 | (c >> 6));
            b[p++] = (byte) (0x80 | (c & 0x3F));
            return p;
        }
        if (Character.isSurrogate(c)) {
            return unicodeEscape(c, b, p);
        }
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
        return p;
    }
}
