package io.poolson.bench.report;

import java.util.Locale;

/**
 * Number formatting shared by every section, so that text and HTML show the same figures the same
 * way: thousands separators, a fixed number of decimals chosen by magnitude. Stateless, thread-safe.
 */
public final class Format {

    private Format() {
    }

    /** A count with thousands separators: {@code 1,048,576}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * A measured figure: no decimals from 100 up or for whole numbers, one from 10, two below;
     * thousands separators.
     * Never prints {@code NaN}: a figure that is not finite is shown as {@code "-"}.
     */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return "-";
        }
        double a = Math.abs(x);
        String pattern = a >= 100 || x == Math.rint(x) ? "%,.0f" : a >= 10 ? "%,.1f" : "%,.2f";
        return String.format(Locale.ROOT, pattern, x);
    }

    /** Bytes in the largest binary unit that keeps the figure at least 1: {@code 12.3 MiB}. */
    public static String bytes(long b) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = b;
        int u = 0;
        while (Math.abs(v) >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? b + " B" : number(v) + " " + units[u];
    }

    /** Milliseconds from nanoseconds: {@code 412.3 ms}. */
    public static String millis(long nanos) {
        return number(nanos / 1e6) + " ms";
    }

    /** {@code part / whole}, or NaN-free {@code 0} when {@code whole} is 0. */
    public static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
