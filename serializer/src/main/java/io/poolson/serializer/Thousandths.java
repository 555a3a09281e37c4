package io.poolson.serializer;

/**
 * Recognizes the doubles that {@code Double.toString} writes as a whole number of thousandths in
 * plain notation — prices, ratios, measurements, whole numbers: {@code 19.99}, {@code 0.125},
 * {@code 2.0} — so that they can be written from a {@code long} instead of through the JDK's general
 * algorithm.
 *
 * <p>The domain: every double {@code d} for which some integer {@code m} with
 * {@code |m| < 10^10} has {@code m / 1000.0 == d}, except {@code -0.0}. For such a {@code d} the
 * decimal {@code m/1000} rounds to {@code d}, and no other decimal with three fraction digits or
 * fewer lies within its rounding interval (those are 0.001 apart, the interval below 10^7 at most
 * 2^-29 wide); a decimal with fewer significant digits would have fewer fraction digits, so it
 * would be one of them. Hence {@code m/1000} without trailing zeros is the shortest decimal that
 * rounds to {@code d}; and {@code d} is 0.0 or {@code 0.001 <= |d| < 10^7}, where
 * {@code Double.toString} writes plain notation with at least one fraction digit. JDK 19 and later
 * specify exactly that output (the shortest, JDK-4511638). JDK 17's {@code FloatingDecimal}
 * specifies less and is not always shortest (its 1.0E23 is {@code 9.999999999999999E22}), so its
 * output was compared for every {@code m} in {@code [0, 10^10)} ({@code ThousandthsTest}'s
 * exhaustive mode, result in {@code bench/results}); both JDKs are sampled on every build.
 *
 * <p>Stateless and thread-safe.
 */
final class Thousandths {
    /** What {@link #of} returns for a double outside the domain (no thousandths count is this). */
    static final long NONE = Long.MIN_VALUE;

    /** {@code |d| < 10^7}, the upper end of {@code Double.toString}'s plain notation, in thousandths. */
    private static final double LIMIT = 1e10;

    private Thousandths() {
    }

    /**
     * The number of thousandths {@code m} with {@code m / 1000.0 == d}, or {@link #NONE} when
     * {@code d} is outside the domain above (NaN, infinite, {@code -0.0}, {@code |d| >= 10^7}, or
     * not that close to a whole number of thousandths).
     */
    static long of(double d) {
        double scaled = d * 1000;
        // The comparison also rejects NaN. Inside the limit the product is within 10^10 * 2^-52 of
        // m when d == m / 1000.0, so rint finds m; the division then decides, being correctly
        // rounded: d is the double nearest to the decimal m/1000, or it is not in the domain.
        if (!(scaled > -LIMIT && scaled < LIMIT)) {
            return NONE;
        }
        long m = (long) Math.rint(scaled);
        if (m / 1000.0 != d) {
            return NONE;
        }
        // -0.0 == 0.0: only the positive zero is "0.0".
        return m != 0 || Double.doubleToRawLongBits(d) == 0 ? m : NONE;
    }

    /**
     * Writes {@code m} thousandths as {@code Double.toString(m / 1000.0)} does: the integer part,
     * a point, then the three fraction digits without their trailing zeros, but at least one.
     */
    static void write(long m, JsonOutput out) {
        long whole = m / 1000;
        int fraction = (int) Math.abs(m % 1000);
        if (m < 0 && whole == 0) {
            // -0.25: the integer part 0 carries no sign of its own.
            out.ascii('-');
        }
        out.number((int) whole); // |whole| < 10^7
        out.ascii('.');
        out.ascii((char) ('0' + fraction / 100));
        int rest = fraction % 100;
        if (rest != 0) {
            out.ascii((char) ('0' + rest / 10));
            if (rest % 10 != 0) {
                out.ascii((char) ('0' + rest % 10));
            }
        }
    }
}
