package io.poolson.bench.machine;

import io.poolson.bench.ForkJvm;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What this machine does to work that shares nothing when two threads run it at once: the baseline
 * against which the 2-thread figures of the other benchmarks are read. Each JMH thread formats a
 * few ints as digits into its own array (about the work of writing a one-entry map, and no
 * allocation), or mixes a number in registers only. Nothing is shared, so on two real cores the
 * 2-thread time per operation equals the 1-thread time; anything else (a slower or bimodal 2-thread
 * result) comes from the machine, for instance two virtual CPUs placed on one physical core, not
 * from the code measured.
 *
 * <p>Run it as {@code bench/run-benchmarks.sh --jdk 25 --group machine --threads "1 2"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 3, jvmArgsAppend = {ForkJvm.HEAP_MIN, ForkJvm.HEAP_MAX, ForkJvm.PRE_TOUCH})
public class SharedNothingBenchmark {

    /** One thread's own buffer and counter (JMH pads its per-thread state objects apart). */
    @State(Scope.Thread)
    public static class Own {
        final byte[] out = new byte[64];
        int next = 1_000;
    }

    /** Four ints as decimal digits, comma-separated, into the thread's own array. */
    @Benchmark
    public int digits(Own own) {
        byte[] out = own.out;
        int v = own.next++;
        int pos = 0;
        for (int i = 0; i < 4; i++) {
            pos = putDigits(out, pos, (v + i * 7_919) & 0x7FFFFFF);
            out[pos++] = ',';
        }
        return pos;
    }

    private static int putDigits(byte[] out, int pos, int v) {
        int end = pos + digitCount(v);
        for (int at = end - 1; at >= pos; at--) {
            out[at] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return end;
    }

    private static int digitCount(int v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }

    /** 64 rounds of xorshift on the thread's counter: registers only, no memory traffic. */
    @Benchmark
    public int registers(Own own) {
        int x = own.next++;
        for (int i = 0; i < 64; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
        }
        return x;
    }
}
