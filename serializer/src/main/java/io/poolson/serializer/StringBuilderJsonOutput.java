package io.poolson.serializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Base64;

/**
 * JSON as characters in a {@link StringBuilder}, the way Jackson 2's {@code WriterBasedJsonGenerator}
 * writes them: surrogates pass through unescaped. {@link CharJsonOutput} hands its work over to one
 * of these when a document turns out not to be Latin-1, or streams to an {@link Appendable}. With a target set,
 * the buffer is handed to the target whenever it holds {@link #CHUNK} chars or more, so a large
 * document never needs a large buffer (a single huge string value is still buffered whole).
 *
 * <p>Not thread-safe; owned by one serializer call between pool get and put.
 */
final class StringBuilderJsonOutput extends JsonOutput {
    static final int CHUNK = 8 * 1024;

    private final StringBuilder sb = new StringBuilder(CharJsonOutput.INITIAL_CAPACITY);
    private final KeyCache keys = new KeyCache();
    /** The encoded forms the key cache indexes. */
    private final char[] keyForms = new char[KeyCache.ARENA];
    private Appendable target;
    private int flushAt = Integer.MAX_VALUE;
    /** Lets a {@link Writer} target take chars without a String copy per chunk; also widening scratch. */
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

    /** Appends Latin-1 text already encoded as bytes: what a {@link CharJsonOutput} wrote before it widened. */
    void appendLatin1(byte[] b, int n) {
        // Two loops the JIT vectorizes (widen into scratch chars, then the builder's own compress),
        // instead of one append(char) per byte.
        if (transfer == null) {
            transfer = new char[CHUNK];
        }
        sb.ensureCapacity(sb.length() + n);
        for (int from = 0; from < n; from += transfer.length) {
            int len = Math.min(transfer.length, n - from);
            for (int i = 0; i < len; i++) {
                transfer[i] = (char) (b[from + i] & 0xFF);
            }
            sb.append(transfer, 0, len);
        }
    }

    int capacity() {
        return sb.capacity();
    }

    /** Back to the state a pool get must see: empty, no target. Runs on pool put. */
    void reset() {
        sb.setLength(0);
        target = null;
        flushAt = Integer.MAX_VALUE;
        keys.rewind();
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
    void key(String s, boolean first) {
        int range = keys.find(s);
        if (range >= 0) {
            int n = KeyCache.length(range);
            sb.append(keyForms, KeyCache.offset(range), n);
            if (first) {
                sb.setCharAt(sb.length() - n, '{');
            }
            return;
        }
        int start = sb.length();
        sb.append(first ? '{' : ',');
        string(s);
        sb.append(':');
        int at = keys.reserve(s, sb.length() - start);
        if (at >= 0) {
            sb.getChars(start, sb.length(), keyForms, at);
            keyForms[at] = ','; // cached as a later key; the first key patches in its brace
        }
    }

    @Override
    void key(long v, boolean first) {
        sb.append(first ? '{' : ',').append('"').append(v).append("\":");
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

    /** Appends chars {@code [i, n)} of s escaped, without quotes. */
    void escapeFrom(CharSequence s, int i, int n) {
        int plainFrom = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!JsonEscapes.isPlain(c)) {
                // Runs of plain chars go in with one bulk append rather than one append per char.
                sb.append(s, plainFrom, i);
                escape(c);
                plainFrom = i + 1;
            }
        }
        sb.append(s, plainFrom, n);
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
