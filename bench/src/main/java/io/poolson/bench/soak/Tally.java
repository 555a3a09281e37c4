package io.poolson.bench.soak;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One soak thread's counts: calls per output path, huge documents, live Jackson samples, and the
 * first few mismatches and exceptions in full. Not thread-safe: each thread keeps its own, and they
 * are {@linkplain #add merged} after the threads finished.
 */
final class Tally {
    private static final int KEPT = 5;

    final Map<OutputPath, Long> calls = new EnumMap<>(OutputPath.class);
    long huge;
    long liveSamples;
    long mismatches;
    long errors;
    final List<String> samples = new ArrayList<>();

    void call(OutputPath path) {
        calls.merge(path, 1L, Long::sum);
    }

    void mismatch(OutputPath path, Expected e, String what) {
        mismatches++;
        keep(path + " on " + e.label() + ": " + what);
    }

    void error(OutputPath path, Expected e, Throwable t) {
        errors++;
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        keep(path + " on " + e.label() + " threw " + trace);
    }

    private void keep(String sample) {
        if (samples.size() < KEPT) {
            samples.add(sample);
        }
    }

    long totalCalls() {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    void add(Tally other) {
        other.calls.forEach((p, n) -> calls.merge(p, n, Long::sum));
        huge += other.huge;
        liveSamples += other.liveSamples;
        mismatches += other.mismatches;
        errors += other.errors;
        for (String s : other.samples) {
            keep(s);
        }
    }
}
