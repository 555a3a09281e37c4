package io.poolson.bench.report;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress lines on stderr while the report runs ({@code [ 12.3 s] message}), so stdout carries
 * only the report itself and can be redirected to a file. Thread-safe (PrintStream is).
 */
public final class Progress {

    private final PrintStream err;
    private final long start = System.nanoTime();

    /** Reports to {@code err}. */
    public Progress(PrintStream err) {
        this.err = err;
    }

    /** Prints one progress line. */
    public void step(String message) {
        err.printf(Locale.ROOT, "[%6.1f s] %s%n", elapsedSeconds(), message);
        err.flush();
    }

    /** Seconds since this progress reporter was created. */
    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
