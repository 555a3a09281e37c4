package io.poolson.serializer;

/**
 * The one place that says which characters Jackson 2's default generators escape, and how. Both
 * outputs use it, so the rules cannot drift apart.
 *
 * <p>Below 0x80: {@code " \\} and the controls 0x00–0x1F are escaped; {@code \b \t \n \f \r} use
 * their short forms, every other control is <code>&#92;u00XX</code> with upper-case hex. DEL (0x7F), {@code /}
 * and everything from 0x80 up are written as they are in character output. UTF-8 output additionally
 * escapes every surrogate char (paired or not) as <code>&#92;uXXXX</code>: see {@link Utf8JsonOutput}.
 */
final class JsonEscapes {
    /** Marks a control written as <code>&#92;u00XX</code>. */
    static final byte UNICODE = -1;

    /**
     * For each ASCII char: 0 when written as is, {@link #UNICODE}, or the letter of its short escape.
     * Its length is 128 so that {@code c < 128} is the only bounds check a caller needs.
     */
    private static final byte[] ESCAPE = new byte[128];

    static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = UNICODE;
        }
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
    }

    private JsonEscapes() {
    }

    /** The escape code of {@code c} (0: none); {@code c} must be below 128. */
    static int escapeOf(char c) {
        return ESCAPE[c];
    }

    /** True when {@code c} is written as is in character output. */
    static boolean isPlain(char c) {
        return c >= 128 || ESCAPE[c] == 0;
    }
}
