package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The decoder-backed widening: every Latin-1 value, at an offset, across arrays that change. */
class Latin1InflaterTest {
    private static byte[] allLatin1(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i; // 0x80..0xFF are negative bytes: they must widen to U+0080..U+00FF
        }
        return b;
    }

    @Test
    void widensEveryByteValueFromTheSourceOffsetToTheTargetOffsetAndTouchesNothingElse() {
        Latin1Inflater inflater = new Latin1Inflater();
        int from = ByteJsonOutput.START; // where the outputs' text starts
        byte[] src = allLatin1(from + 256);
        char[] dst = new char[300];
        Arrays.fill(dst, '#');
        inflater.inflate(src, from, 256, dst, 7);
        for (int i = 0; i < 256; i++) {
            assertEquals((char) ((from + i) & 0xFF), dst[7 + i], "byte " + (from + i));
        }
        assertEquals('#', dst[6]);
        assertEquals('#', dst[263]);
    }

    @Test
    void shortRunsWidenedByTheLoopCoverEveryByteValueToo() {
        // Below LOOP_BELOW bytes a loop widens instead of the decoder: 0x80..0xFF must not sign-extend.
        Latin1Inflater inflater = new Latin1Inflater();
        byte[] src = allLatin1(256 + Latin1Inflater.LOOP_BELOW);
        for (int n = 1; n < Latin1Inflater.LOOP_BELOW; n++) {
            for (int from = 0; from < 256; from += n) {
                char[] dst = new char[n + 2];
                inflater.inflate(src, from, n, dst, 1);
                for (int i = 0; i < n; i++) {
                    assertEquals((char) ((from + i) & 0xFF), dst[1 + i], "byte " + (from + i) + " of " + n);
                }
                assertEquals(0, dst[0]);
                assertEquals(0, dst[n + 1]);
            }
        }
    }

    @Test
    void followsArraysThatAreReplacedAndLengthsThatShrink() {
        Latin1Inflater inflater = new Latin1Inflater();
        for (int size : new int[] {1024, 5000, 3, 0, 70_000, 10}) {
            byte[] src = allLatin1(size * 2); // longer than n: only [0, n) may be read
            char[] dst = new char[size + 5];
            inflater.inflate(src, 0, size, dst, 5);
            char[] expected = new char[size + 5];
            for (int i = 0; i < size; i++) {
                expected[5 + i] = (char) (src[i] & 0xFF);
            }
            assertArrayEquals(expected, dst, "size " + size);
        }
        // The same arrays again after others: the cached buffers must not keep stale limits.
        byte[] src = allLatin1(40);
        char[] dst = new char[40];
        inflater.inflate(src, 0, 40, dst, 0);
        inflater.inflate(src, 0, 12, dst, 28);
        for (int i = 0; i < 28; i++) {
            assertEquals((char) i, dst[i]);
        }
        for (int i = 0; i < 12; i++) {
            assertEquals((char) i, dst[28 + i]);
        }
    }
}
