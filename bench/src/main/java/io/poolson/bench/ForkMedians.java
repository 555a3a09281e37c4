package io.poolson.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JMH's human-readable output (what {@code bench/run-benchmarks.sh} keeps under
 * {@code bench/results/}) and prints, for every benchmark, parameter set and thread count, the
 * mean of each fork's measurement iterations, sorted, and their median; with {@code --pair SUFFIX}
 * also the ratio of medians of each benchmark {@code x} to {@code x + SUFFIX} (for example
 * {@code JacksonModuleBenchmark.jackson2Bytes} to {@code JacksonModuleBenchmark.jackson2BytesModule}).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.poolson.bench.ForkMedians --pair Module bench/results/FILE.txt
 * </pre>
 *
 * <p>Why medians of forks: on this machine whole forks run slower or faster than others (a fork's
 * iterations agree with each other, forks disagree by up to 1.5×), so JMH's score, the mean over all
 * iterations, moves with how many slow forks a run happened to get; the median fork does not, and
 * it is how the README's "median fork" figures were computed. Stateless; the parsing methods are
 * thread-safe.
 */
public final class ForkMedians {
    /** Keeps {@code Class.method} of the benchmark's full name. */
    private static final Pattern BENCHMARK = Pattern.compile("^# Benchmark: (?:\\S+\\.)?(\\w+\\.\\w+)$");
    private static final Pattern PARAMETERS = Pattern.compile("^# Parameters: \\((.*)\\)$");
    private static final Pattern THREADS = Pattern.compile("^# Threads: (\\d+) thread");
    private static final Pattern FORK = Pattern.compile("^# Fork: \\d+ of \\d+");
    private static final Pattern ITERATION = Pattern.compile("^Iteration\\s+\\d+: ([\\d.]+) (\\S+)");

    /** One benchmark method at one parameter set and thread count: its forks' iteration scores. */
    public record Series(String benchmark, String parameters, int threads, String unit, List<double[]> forks) {
        /** Each fork's mean score, in ascending order. */
        public double[] forkMeans() {
            return forks.stream().filter(f -> f.length > 0)
                    .mapToDouble(f -> Arrays.stream(f).average().orElseThrow()).sorted().toArray();
        }

        /** The median of {@link #forkMeans()} (the mean of the middle two for an even count). */
        public double median() {
            double[] m = forkMeans();
            if (m.length == 0) {
                throw new IllegalStateException(benchmark + " has no measured iterations");
            }
            return m.length % 2 == 1 ? m[m.length / 2] : (m[m.length / 2 - 1] + m[m.length / 2]) / 2;
        }

        /** What tells it from the same benchmark's other series: parameters and thread count. */
        String key() {
            return (parameters.isEmpty() ? "" : parameters + "; ") + threads + (threads == 1 ? " thread" : " threads");
        }
    }

    private ForkMedians() {
    }

    /**
     * The series in one JMH output, in the order they appear.
     *
     * @throws IllegalArgumentException if an iteration appears before any benchmark and fork header
     */
    public static List<Series> parse(List<String> lines) {
        List<Building> all = new ArrayList<>();
        String benchmark = null;
        String parameters = "";
        int threads = 1;
        Building current = null;
        for (String line : lines) {
            Matcher m;
            if ((m = BENCHMARK.matcher(line)).find()) {
                benchmark = m.group(1);
                parameters = "";
                current = null;
            } else if ((m = THREADS.matcher(line)).find()) {
                threads = Integer.parseInt(m.group(1));
            } else if ((m = PARAMETERS.matcher(line)).find()) {
                parameters = m.group(1);
                current = null;
            } else if (FORK.matcher(line).find()) {
                if (benchmark == null) {
                    throw new IllegalArgumentException("a fork before any '# Benchmark:' line");
                }
                if (current == null) {
                    // JMH runs all forks of one benchmark and parameter set in a row.
                    current = new Building(benchmark, parameters, threads);
                    all.add(current);
                }
                current.forks.add(new ArrayList<>());
            } else if ((m = ITERATION.matcher(line)).find()) {
                if (current == null) {
                    throw new IllegalArgumentException("an iteration before any '# Fork:' line: " + line);
                }
                current.forks.get(current.forks.size() - 1).add(Double.parseDouble(m.group(1)));
                current.unit = m.group(2);
            }
        }
        return all.stream().map(Building::build).toList();
    }

    /** A series being read. */
    private static final class Building {
        final String benchmark;
        final String parameters;
        final int threads;
        final List<List<Double>> forks = new ArrayList<>();
        String unit = "";

        Building(String benchmark, String parameters, int threads) {
            this.benchmark = benchmark;
            this.parameters = parameters;
            this.threads = threads;
        }

        Series build() {
            return new Series(benchmark, parameters, threads, unit,
                    forks.stream().map(f -> f.stream().mapToDouble(Double::doubleValue).toArray()).toList());
        }
    }

    /**
     * The report {@link #main} prints: a line per series, then, if {@code pairSuffix} is not null,
     * a line per pair of series {@code x} and {@code x + pairSuffix} at the same parameters and
     * threads with the ratio of their medians (how many times faster the suffixed one is).
     */
    public static String describe(List<Series> series, String pairSuffix) {
        StringBuilder out = new StringBuilder();
        Map<String, Series> byName = new LinkedHashMap<>();
        for (Series s : series) {
            byName.put(s.benchmark() + " " + s.key(), s);
            out.append(String.format(Locale.ROOT, "%s (%s): forks %s, median %.1f %s%n", s.benchmark(),
                    s.key(), format(s.forkMeans()), s.median(), s.unit()));
        }
        if (pairSuffix != null) {
            for (Series with : series) {
                String base = with.benchmark();
                if (!base.endsWith(pairSuffix) || base.length() == pairSuffix.length()) {
                    continue;
                }
                Series without = byName.get(base.substring(0, base.length() - pairSuffix.length()) + " " + with.key());
                if (without != null) {
                    out.append(String.format(Locale.ROOT, "%s (%s): median %.1f / %.1f = %.2fx%n",
                            without.benchmark(), with.key(), without.median(), with.median(),
                            without.median() / with.median()));
                }
            }
        }
        return out.toString();
    }

    private static String format(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", v));
        }
        return b.toString();
    }

    /**
     * {@code [--pair SUFFIX] FILE...}: prints {@link #describe} for each file.
     *
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        String pair = null;
        int i = 0;
        if (args.length >= 2 && args[0].equals("--pair")) {
            pair = args[1];
            i = 2;
        }
        if (i == args.length) {
            System.err.println("usage: ForkMedians [--pair SUFFIX] JMH_OUTPUT.txt...");
            System.exit(2);
        }
        for (; i < args.length; i++) {
            Path file = Path.of(args[i]);
            System.out.println("== " + file);
            System.out.print(describe(parse(Files.readAllLines(file)), pair));
        }
    }
}
