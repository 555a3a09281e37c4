package io.poolson.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link AsciiDigits} writes {@code Integer.toString} and {@code Long.toString}, at any offset. */
class AsciiDigitsTest {
    private static final int AT = 3;

    private static void assertInt(int v) {
        byte[] b = new byte[AT + AsciiDigits.MAX_INT_LENGTH];
        int end = AsciiDigits.putInt(v, b, AT);
        assertEquals(Integer.toString(v), new String(b, AT, end - AT, StandardCharsets.US_ASCII), "int " + v);
    }

    private static void assertLong(long v) {
        byte[] b = new byte[AT + AsciiDigits.MAX_LONG_LENGTH];
        int end = AsciiDigits.putLong(v, b, AT);
        assertEquals(Long.toString(v), new String(b, AT, end - AT, StandardCharsets.US_ASCII), "long " + v);
    }

    @Test
    void everyDigitCountAndItsEdgesBothSigns() {
        long p = 1;
        for (int digits = 1; digits <= 19; digits++, p *= 10) {
            for (long v : new long[] {p - 1, p, p + 1, 2 * p - 1, 9 * p, p * 10 - 1}) {
                if (v < 0) {
                    continue; // 10^19 overflowed
                }
                assertLong(v);
                assertLong(-v);
                if (v == (int) v) {
                    assertInt((int) v);
                    assertInt((int) -v);
                }
            }
        }
    }

    @Test
    void theEndsOfIntAndLong() {
        for (int v : new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE, -1, 0, 1}) {
            assertInt(v);
            assertLong(v);
        }
        for (long v : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Integer.MIN_VALUE - 1L,
                Integer.MAX_VALUE + 1L, -(1L << 32), 1L << 32}) {
            assertLong(v);
        }
    }

    @Test
    void aMillionArbitraryValues() {
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < 1_000_000; i++) {
            long v = r.nextLong() >> r.nextInt(64); // every magnitude, not only 19-digit ones
            assertLong(v);
            assertInt((int) v);
        }
    }
}
