package io.poolson.serializer;

/**
 * Recognizes the doubles that are the double nearest to a decimal of at most nine significant
 * digits, none of them below 10^-22, under 10^18 — coordinates, sensor readings, rates, constants:
 * {@code 52.520008}, {@code -122.419416}, {@code 1.0E-7}, {@code 1.2345E-9} — and writes them as
 * {@code Double.toString} does, without the JDK's general algorithm. {@link Thousandths} comes
 * first; this takes the short decimals it leaves, on which JDK 17's {@code FloatingDecimal} spends
 * about 60–90 ns each.
 *
 * <p>Why the text is right. Finding the decimal: with {@code e = floor(log10 |d|)} and
 * {@code k = max(e - 8, -22)}, the candidate {@code m = rint(|d| / 10^k)} has at most nine digits,
 * and {@code |k| <= 22} makes {@code 10^k} an exact double, so {@code m * 10^k} (or
 * {@code m / 10^-k}) is one correctly rounded operation: it equals {@code |d|} exactly when
 * {@code |d|} is the double nearest to the decimal {@code m·10^k} (Clinger's fast path). That
 * decimal is then the only one of nine digits or fewer that rounds to {@code d}: such decimals lie
 * at least {@code |d|·10^-9} apart, the doubles rounding to one value span at most
 * {@code 2^-52·|d|}. So {@code m·10^k} without its trailing zeros is the shortest decimal that
 * rounds to {@code d} and the closest of that length, which is the text JDK 19 and later specify
 * for {@code Double.toString} (JDK-4511638), in its two notations: plain for
 * {@code 10^-3 <= |d| < 10^7}, {@code d.dddE±n} otherwise.
 *
 * <p>JDK 17's {@code FloatingDecimal} specifies less and is not always shortest: at and above
 * 10^18 it writes {@code 9.43608079E18} as {@code 9.436080790000001E18}, hence the upper bound.
 * Below it, its output was compared with this class's for every decimal of the domain (both signs
 * are written apart by both sides; {@code ShortDecimalsTest}'s exhaustive mode, result in
 * {@code bench/results}), and every build samples it. Used only on JDK 17 ({@link #IN_USE}), the
 * one {@code FloatingDecimal} JDK it was compared with: from JDK 19 the JDK's algorithm is fast
 * enough that the path measured no clear gain, and JDK 18 keeps the JDK's text unchecked.
 *
 * <p>Stateless and thread-safe.
 */
final class ShortDecimals {
    /** What {@link #of} returns for a double outside the domain. */
    static final long NONE = -1;

    /**
     * Whether the serializer asks this class at all: on JDK 17, whose {@code Double.toString} is
     * {@code FloatingDecimal} and was compared exhaustively. A constant, so the JIT drops the test
     * where it is false.
     */
    static final boolean IN_USE = Runtime.version().feature() == 17;

    /** At most this many significant digits. */
    private static final int DIGITS = 9;
    private static final long MAX_DIGITS_VALUE = 1_000_000_000L;

    /** Clinger's fast path: 10^k is exact as a double for |k| <= 22. */
    private static final int MAX_POW = 22;

    /** {@code |d| >= 10^18}: where JDK 17's output stops being the shortest (class comment). */
    private static final double UPPER = 1e18;
    private static final double LOWER = 1e-22;

    /**
     * The doubles nearest to 10^i for i in [-22, 22], at index i + 22: exact from 10^0 up (the
     * scales of {@link #of}), and the thresholds of {@link #decimalExponent}.
     */
    private static final double[] TENS = new double[2 * MAX_POW + 1];

    /** 10^0 to 10^9 as longs, to split the digits. */
    private static final long[] LONG_POW10 = new long[DIGITS + 1];

    /** Bits of the packed result that hold k + 22. */
    private static final int K_BITS = 6;

    static {
        for (int i = -MAX_POW; i <= MAX_POW; i++) {
            TENS[i + MAX_POW] = Double.parseDouble("1e" + i);
        }
        LONG_POW10[0] = 1;
        for (int i = 1; i <= DIGITS; i++) {
            LONG_POW10[i] = LONG_POW10[i - 1] * 10;
        }
    }

    private ShortDecimals() {
    }

    /**
     * The decimal {@code m·10^k} (packed) of at most nine digits whose nearest double is
     * {@code |d|}, or {@link #NONE} when {@code d} is outside the domain (NaN, infinite, zero,
     * {@code |d| < 10^-22}, {@code |d| >= 10^18}, or not that close to a short decimal).
     */
    static long of(double d) {
        double a = Math.abs(d);
        // The comparisons also reject NaN.
        if (!(a >= LOWER && a < UPPER)) {
            return NONE;
        }
        int e = decimalExponent(a);
        int k = Math.max(e - (DIGITS - 1), -MAX_POW);
        long m;
        if (k >= 0) {
            double p = TENS[k + MAX_POW];
            m = (long) Math.rint(a / p);
            if (m * p != a) {
                return NONE;
            }
        } else {
            double p = TENS[-k + MAX_POW];
            m = (long) Math.rint(a * p);
            if (m / p != a) {
                return NONE;
            }
        }
        // Just under a power of ten m can round up to 10^9, but then the check above has failed;
        // the bounds keep the packing within nine digits whatever the arithmetic did.
        return m > 0 && m < MAX_DIGITS_VALUE ? m << K_BITS | (k + MAX_POW) : NONE;
    }

    /**
     * {@code floor(log10 a)} for {@code 10^-22 <= a < 10^18}: from the binary exponent, one
     * comparison with the next power of ten decides between the two candidates. A wrong answer
     * could only make {@link #of} refuse a double, never write a wrong one: its check is exact.
     */
    private static int decimalExponent(double a) {
        // floor(b·log10(2)) for the binary exponent b; log10(a) lies in [b, b+1)·log10(2).
        int e = (Math.getExponent(a) * 1233) >> 12;
        return a >= TENS[e + 1 + MAX_POW] ? e + 1 : e;
    }

    /** Writes the decimal {@code of} returned for {@code d} as {@code Double.toString(d)} does. */
    static void write(long packed, boolean negative, JsonOutput out) {
        long m = packed >>> K_BITS;
        int k = (int) (packed & ((1 << K_BITS) - 1)) - MAX_POW;
        while (m % 10 == 0) {
            m /= 10;
            k++;
        }
        int n = AsciiDigits.count((int) m); // m < 10^9
        int e = k + n - 1;
        if (negative) {
            out.ascii('-');
        }
        if (e >= -3 && e < 7) {
            plain(m, n, e, out);
        } else {
            // d.dddE±n, with at least one digit after the point.
            long rest = m % LONG_POW10[n - 1];
            out.ascii((char) ('0' + m / LONG_POW10[n - 1]));
            out.ascii('.');
            if (n == 1) {
                out.ascii('0');
            } else {
                digits(rest, n - 1, out);
            }
            out.ascii('E');
            out.number(e);
        }
    }

    /** {@code m·10^(e-n+1)} in plain notation, {@code -3 <= e < 7}, at least one fraction digit. */
    private static void plain(long m, int n, int e, JsonOutput out) {
        if (e < 0) {
            out.ascii('0');
            out.ascii('.');
            for (int i = -1; i > e; i--) {
                out.ascii('0');
            }
            out.number((int) m);
            return;
        }
        int whole = e + 1;
        if (n <= whole) {
            out.number((int) (m * LONG_POW10[whole - n])); // < 10^7
            out.ascii('.');
            out.ascii('0');
            return;
        }
        int fraction = n - whole;
        out.number((int) (m / LONG_POW10[fraction]));
        out.ascii('.');
        digits(m % LONG_POW10[fraction], fraction, out);
    }

    /** Writes {@code v} in exactly {@code width} digits, leading zeros included. */
    private static void digits(long v, int width, JsonOutput out) {
        for (int i = width - 1; i >= 0; i--) {
            out.ascii((char) ('0' + v / LONG_POW10[i] % 10));
        }
    }
}
