package io.poolson.serializer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The decimal text of {@code int}s and {@code long}s ({@code Integer.toString}'s and
 * {@code Long.toString}'s) as ASCII bytes stored straight into an array, two digits per store: the
 * one integer formatter of every output. Byte outputs write into their buffer; the char output
 * ({@link CharArrayJsonOutput}) into a scratch array it then widens, where it used the JDK's
 * {@code StringBuilder.append(int)} and a copy out of it (the same speed on the mixed benchmark map,
 * within the noise: {@code bench/results/ab-ascii-digits-2026-12-01.txt}). Stateless and thread-safe.
 */
final class AsciiDigits {
    /** The most bytes {@link #putLong} writes: {@code -9223372036854775808}. */
    static final int MAX_LONG_LENGTH = 20;
    /** The most bytes {@link #putInt} writes: {@code -2147483648}. */
    static final int MAX_INT_LENGTH = 11;

    /** Two ASCII digits per entry, stored with one 16-bit write through {@link #PAIR}. */
    private static final short[] DIGIT_PAIRS = new short[100];
    private static final VarHandle PAIR = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[i] = (short) ((('0' + i / 10) << 8) | ('0' + i % 10));
        }
    }

    private AsciiDigits() {
    }

    /**
     * Writes {@code v} at {@code b[p]}, which has room for {@link #MAX_INT_LENGTH} bytes, and returns
     * the index after its last digit.
     */
    static int putInt(int v, byte[] b, int p) {
        if (v < 0) {
            if (v == Integer.MIN_VALUE) {
                return putLong(v, b, p); // its magnitude is no int
            }
            b[p++] = '-';
            v = -v;
        }
        int end = p + count(v);
        putDigits(v, b, end);
        return end;
    }

    /**
     * Writes {@code v} at {@code b[p]}, which has room for {@link #MAX_LONG_LENGTH} bytes, and returns
     * the index after its last digit.
     */
    static int putLong(long v, byte[] b, int p) {
        if (v == (int) v && v != Integer.MIN_VALUE) {
            return putInt((int) v, b, p);
        }
        if (v < 0) {
            b[p++] = '-';
        }
        // Digits of the magnitude, kept negative: -Long.MIN_VALUE is no long.
        long n = v < 0 ? v : -v;
        int end = p + count(n);
        int q = end;
        while (n < -Integer.MAX_VALUE) {
            long t = n / 100;
            int r = (int) (t * 100 - n);
            n = t;
            q -= 2;
            PAIR.set(b, q, DIGIT_PAIRS[r]);
        }
        putDigits((int) -n, b, q);
        return end;
    }

    /** Writes the decimal digits of {@code 0 <= v} so that they end just before {@code end}. */
    private static void putDigits(int v, byte[] b, int end) {
        int q = end;
        while (v >= 100) {
            int t = v / 100;
            int r = v - t * 100;
            v = t;
            q -= 2;
            PAIR.set(b, q, DIGIT_PAIRS[r]);
        }
        if (v >= 10) {
            PAIR.set(b, q - 2, DIGIT_PAIRS[v]);
        } else {
            b[--q] = (byte) ('0' + v);
        }
    }

    /** The number of decimal digits of {@code v >= 0}. */
    static int count(int v) {
        int limit = 10;
        for (int d = 1; d < 10; d++) {
            if (v < limit) {
                return d;
            }
            limit *= 10;
        }
        return 10;
    }

    /** The number of decimal digits of {@code -v}, for {@code v <= 0}. */
    private static int count(long v) {
        long limit = -10;
        for (int d = 1; d < 19; d++) {
            if (v > limit) {
                return d;
            }
            limit *= 10;
        }
        return 19;
    }
}
