package io.poolson.serializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Base64;

/**
 * JSON as characters in a pooled {@link StringBuilder}, the way Jackson 2's
 * {@code WriterBasedJsonGenerator} writes them: surrogates pass through unescaped. With a target set,
 * the buffer is handed to the target whenever it holds {@link #CHUNK} chars or more, so a large
 * document never needs a large buffer (a single huge string value is still buffered whole).
 *
 * <p>Not thread-safe; owned by one serializer call between pool get and put.
 */
final class CharJsonOutput extends JsonOutput {
    static final int INITIAL_CAPACITY = 1024;
    static final int CHUNK = 8 * 1024;

    private final StringBuilder sb = new StringBuilder(INITIAL_CAPACITY);
    private final KeyCache<String> keys = new KeyCache<>();
    private Appendable target;
    private int flushAt = Integer.MAX_VALUE;
    /** Lets a {@link Writer} target take chars without a String copy per chunk. */
    private char[] transfer;

    /** Streams everything written from now on to {@code target}, in chunks. */
    void streamTo(Appendable target) {
        this.target = target;
        this.flushAt = CHUNK;
    }

    /** The document written so far; the call that owns this output is done with it. */
    String result() {
        return sb.toString();
    }

    /** Hands the rest of the buffer to the target. */
    void finish() {
        flush();
    }

    int capacity() {
        return sb.capacity();
    }

    /** Back to the state a pool get must see: empty, no target. Runs on pool put. */
    void reset() {
        sb.setLength(0);
        target = null;
        flushAt = Integer.MAX_VALUE;
    }

    @Override
    void flushIfFull() {
        if (sb.length() >= flushAt) {
            flush();
        }
    }

    private void flush() {
        try {
            if (target instanceof Writer) {
                Writer w = (Writer) target;
                if (transfer == null) {
                    transfer = new char[CHUNK];
                }
                for (int from = 0, n = sb.length(); from < n; from += transfer.length) {
                    int len = Math.min(transfer.length, n - from);
                    sb.getChars(from, from + len, transfer, 0);
                    w.write(transfer, 0, len);
                }
            } else {
                target.append(sb);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sb.setLength(0);
    }

    @Override
    void ascii(char c) {
        sb.append(c);
    }

    @Override
    void ascii(String s) {
        sb.append(s);
    }

    @Override
    void key(String s) {
        String form = keys.get(s);
        if (form != null) {
            sb.append(form);
            return;
        }
        int start = sb.length();
        string(s);
        sb.append(':');
        if (keys.wants(s)) {
            keys.offer(s, sb.substring(start));
        }
    }

    @Override
    void key(long v) {
        sb.append('"').append(v).append("\":");
    }

    @Override
    void string(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && JsonEscapes.isPlain(s.charAt(i))) {
            i++;
        }
        sb.append('"');
        if (i == n) {
            sb.append(s);
        } else {
            sb.append(s, 0, i);
            escapeFrom(s, i, n);
        }
        sb.append('"');
    }

    @Override
    void string(CharSequence s) {
        int n = s.length();
        sb.append('"');
        escapeFrom(s, 0, n);
        sb.append('"');
    }

    @Override
    void string(char c) {
        sb.append('"');
        if (JsonEscapes.isPlain(c)) {
            sb.append(c);
        } else {
            escape(c);
        }
        sb.append('"');
    }

    private void escapeFrom(CharSequence s, int i, int n) {
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (JsonEscapes.isPlain(c)) {
                sb.append(c);
            } else {
                escape(c);
            }
        }
    }

    private void escape(char c) {
        int e = JsonEscapes.escapeOf(c);
        if (e == JsonEscapes.UNICODE) {
            sb.append("\\u00").append(JsonEscapes.HEX_UPPER[c >> 4]).append(JsonEscapes.HEX_UPPER[c & 0xF]);
        } else {
            sb.append('\\').append((char) e);
        }
    }

    @Override
    void number(int v) {
        sb.append(v);
    }

    @Override
    void number(long v) {
        sb.append(v);
    }

    @Override
    void number(double v) {
        sb.append(v);
    }

    @Override
    void number(float v) {
        sb.append(v);
    }

    @Override
    void base64(byte[] bytes) {
        sb.append('"').append(Base64.getEncoder().encodeToString(bytes)).append('"');
    }
}
