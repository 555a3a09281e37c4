package io.poolson.serializer;

/**
 * Recognizes the doubles that {@code Double.toString} writes as a whole number of hundredths in
 * plain notation — prices, ratios, whole numbers: {@code 19.99}, {@code 0.25}, {@code 2.0} — so
 * that they can be written from a {@code long} instead of through the JDK's general algorithm.
 *
 * <p>The domain: every double {@code d} for which some integer {@code m} with
 * {@code |m| < 10^9} has {@code m / 100.0 == d}, except {@code -0.0}. For such a {@code d} the
 * decimal {@code m/100} rounds to {@code d}, and no other decimal with two fraction digits or fewer
 * lies within its rounding interval (those are 0.01 apart, the interval below 10^7 at most
 * 2^-29 wide); a decimal with fewer significant digits would have fewer fraction digits, so it
 * would be one of them. Hence {@code m/100} without trailing zeros is the shortest decimal that
 * rounds to {@code d}; and {@code d} is 0.0 or {@code 0.01 <= |d| < 10^7}, where
 * {@code Double.toString} writes plain notation with at least one fraction digit. JDK 19 and later
 * specify exactly that output (the shortest, JDK-4511638). JDK 17's {@code FloatingDecimal}
 * specifies less and is not always shortest, so its output was compared for every {@code m} in
 * {@code [0, 10^9)} ({@code HundredthsTest}'s exhaustive mode, result in {@code bench/results});
 * both JDKs are sampled on every build.
 *
 * <p>Stateless and thread-safe.
 */
final class Hundredths {
    /** What {@link #of} returns for a double outside the domain (no hundredths count is this). */
    static final long NONE = Long.MIN_VALUE;

    /** {@code |d| < 10^7}, the upper end of {@code Double.toString}'s plain notation, in hundredths. */
    private static final double LIMIT = 1e9;

    private Hundredths() {
    }

    /**
     * The number of hundredths {@code m} with {@code m / 100.0 == d}, or {@link #NONE} when
     * {@code d} is outside the domain above (NaN, infinite, {@code -0.0}, {@code |d| >= 10^7}, or
     * not that close to a whole number of hundredths).
     */
    static long of(double d) {
        double scaled = d * 100;
        // The comparison also rejects NaN. Inside the limit the product is within 10^9 * 2^-52 of
        // m when d == m / 100.0, so rint finds m; the division then decides, being correctly
        // rounded: d is the double nearest to the decimal m/100, or it is not in the domain.
        if (!(scaled > -LIMIT && scaled < LIMIT)) {
            return NONE;
        }
        long m = (long) Math.rint(scaled);
        if (m / 100.0 != d) {
            return NONE;
        }
        // -0.0 == 0.0: only the positive zero is "0.0".
        return m != 0 || Double.doubleToRawLongBits(d) == 0 ? m : NONE;
    }

    /**
     * Writes {@code m} hundredths as {@code Double.toString(m / 100.0)} does: the integer part,
     * a point, then one fraction digit, or two when the second is not 0.
     */
    static void write(long m, JsonOutput out) {
        long whole = m / 100;
        int cents = (int) Math.abs(m % 100);
        if (m < 0 && whole == 0) {
            // -0.25: the integer part 0 carries no sign of its own.
            out.ascii('-');
        }
        out.number((int) whole); // |whole| < 10^7
        out.ascii('.');
        out.ascii((char) ('0' + cents / 10));
        if (cents % 10 != 0) {
            out.ascii((char) ('0' + cents % 10));
        }
    }
}
