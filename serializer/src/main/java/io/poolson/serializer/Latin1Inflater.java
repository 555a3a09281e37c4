package io.poolson.serializer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Widens Latin-1 bytes into chars with the JDK's ISO-8859-1 decoder, whose array loop is the
 * vectorized {@code inflate} intrinsic that {@code String} uses (JDK 17+). A plain Java loop
 * ({@code c[i] = (char) (b[i] & 0xFF)}) is not vectorized by C2: measured on JDK 25, 12,800 bytes
 * took about 2,450 ns through the loop against 360 ns through the decoder, 130 bytes 27 against
 * 13 ns ({@code bench/results/jdk25-serializer-2026-11-30-latin1-widening.txt}); only runs of
 * fewer than {@link #LOOP_BELOW} bytes take the loop, where the decoder's fixed cost is the larger
 * (the module's {@code String} output of a one-entry map: 99-103 -> 86-88 ns on JDK 25,
 * {@code bench/results/jdk25-jackson-2026-12-01-latin1-loop-ab.txt}). The decoder and
 * the buffers wrapping the two arrays are kept, so widening allocates nothing once the arrays stop
 * growing.
 *
 * <p>Not thread-safe; belongs to one output.
 */
final class Latin1Inflater {
    private final CharsetDecoder decoder = StandardCharsets.ISO_8859_1.newDecoder();
    private ByteBuffer in;
    private CharBuffer out;

    /**
     * Below this many bytes a plain loop widens faster than the decoder, whose fixed cost (resetting
     * it, positioning two buffers, its checks) is about 10 ns by the timings above: an empty map's
     * {@code "{}"}, a one-entry map, a short Latin-1 prefix before a wide char.
     */
    static final int LOOP_BELOW = 32;

    /** Writes {@code src[off, off + n)} as chars at {@code dst[at]}; {@code dst} has room for them. */
    void inflate(byte[] src, int off, int n, char[] dst, int at) {
        if (n < LOOP_BELOW) {
            for (int i = 0; i < n; i++) {
                dst[at + i] = (char) (src[off + i] & 0xFF);
            }
            return;
        }
        if (in == null || in.array() != src) {
            in = ByteBuffer.wrap(src);
        }
        if (out == null || out.array() != dst) {
            out = CharBuffer.wrap(dst);
        }
        in.limit(off + n).position(off);
        out.limit(at + n).position(at);
        // Every byte is a Latin-1 char and the room is there: anything but a complete decode is a bug.
        CoderResult r = decoder.reset().decode(in, out, true);
        if (!r.isUnderflow() || in.hasRemaining()) {
            throw new IllegalStateException("Latin-1 widening stopped: " + r);
        }
    }
}
