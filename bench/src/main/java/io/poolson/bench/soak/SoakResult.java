package io.poolson.bench.soak;

import io.poolson.pool.PoolStats;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Soak} run measured, and which of its checks failed. Immutable once built.
 *
 * @param options           how it ran
 * @param seconds           measured duration of the concurrent phase
 * @param tally             every thread's counts, merged (warm-up included)
 * @param gcs               {@code System.gc()} calls made by the collector thread during the run
 * @param rotations         rotations of the serializer's pools during the run
 * @param violations        double-lending seen by the {@link Lendables} fixture
 * @param stillLent         fixture objects still marked lent after the run
 * @param lendablesCreated  fixture objects the pool's factory created
 * @param charStats         the serializer's character-writer pool counters after the run
 * @param byteStats         the serializer's UTF-8-writer pool counters after the run
 * @param atEnd             what the serializer's pools held when the threads stopped
 * @param afterOneGc        what they held one collection later (in the victim cache)
 * @param afterTwoGcs       what they held two collections later
 * @param heapBefore        heap used (after GCs) before the run, with the reference data built
 * @param heapPoolsHeld     heap used right after the collection that moved the pools' writers to the victim cache
 * @param heapAfter         heap used (after GCs) after the run, the pools empty
 */
public record SoakResult(SoakOptions options, double seconds, Tally tally, long gcs, long rotations,
                         long violations, long stillLent, int lendablesCreated, PoolStats charStats,
                         PoolStats byteStats, SerializerPools.Retention atEnd, SerializerPools.Retention afterOneGc,
                         SerializerPools.Retention afterTwoGcs, long heapBefore, long heapPoolsHeld, long heapAfter) {

    /** Every check the soak makes, as one message per failure; empty when the run passed. */
    public List<String> failures() {
        List<String> f = new ArrayList<>();
        if (tally.errors > 0) {
            f.add(tally.errors + " calls threw");
        }
        if (tally.mismatches > 0) {
            f.add(tally.mismatches + " outputs differed from Jackson 2's");
        }
        if (violations > 0 || stillLent > 0) {
            f.add("poolson Pool lent an object twice: " + violations + " violations, " + stillLent + " still lent");
        }
        for (OutputPath p : OutputPath.values()) {
            if (tally.calls.getOrDefault(p, 0L) == 0) {
                f.add(p + " was never exercised");
            }
        }
        if (tally.huge < 2 || tally.liveSamples == 0 || gcs == 0 || rotations == 0) {
            f.add("too little happened: " + tally.huge + " huge documents, " + tally.liveSamples + " live samples, "
                    + gcs + " System.gc() calls, " + rotations + " pool rotations");
        }
        if (atEnd.retainedBytes() > atEnd.boundBytes()) {
            f.add("retained at the end above the bound: " + atEnd);
        }
        if (afterOneGc.retainedBytes() > afterOneGc.boundBytes()) {
            f.add("retained one collection later above the bound: " + afterOneGc);
        }
        if (afterTwoGcs.retainedBytes() > afterTwoGcs.boundBytes()) {
            f.add("retained two collections later above the bound: " + afterTwoGcs);
        }
        if (Math.abs(heapDelta()) > options.heapSlackBytes()) {
            f.add(String.format("heap used after the soak differs from before by %,d bytes (allowed %,d)",
                    heapDelta(), options.heapSlackBytes()));
        }
        return f;
    }

    public long heapDelta() {
        return heapAfter - heapBefore;
    }

    public long calls() {
        return tally.totalCalls();
    }

    public long hugeCalls() {
        return tally.huge;
    }

    public long liveSamples() {
        return tally.liveSamples;
    }

    /** The figures, then the failures (or PASSED). */
    public void print(PrintStream out) {
        out.printf("calls: %,d in %.1f s over %d threads (%,.0f/s); per output path %s%n", calls(), seconds,
                options.threads(), calls() / seconds, tally.calls);
        out.printf("huge documents (~%,d bytes each): %d; fresh maps compared with Jackson 2 live: %,d;"
                + " every other output compared with Jackson 2's precomputed output%n", options.hugeBytes(), tally.huge,
                tally.liveSamples);
        out.printf("exceptions: %d; outputs differing from Jackson 2: %d%n", tally.errors, tally.mismatches);
        out.printf("System.gc() calls during the run: %d; serializer pool rotations during the run: %d%n", gcs, rotations);
        out.printf("poolson Pool ownership fixture: %d violations, %d still lent, %d objects created%n", violations,
                stillLent, lendablesCreated);
        // Informational, not a check: the counters are plain per-stripe fields, so two threads whose
        // home is the same stripe may bump one counter at once and lose an increment (README, Limits).
        // Whether anything was lent twice or kept is what the ownership fixture and the retention checks test.
        long charUnmatched = charStats.gets() - charStats.puts();
        long byteUnmatched = byteStats.gets() - byteStats.puts();
        out.printf("serializer char pool: gets - puts = %d; %s%n", charUnmatched, charStats);
        out.printf("serializer byte pool: gets - puts = %d; %s%n", byteUnmatched, byteStats);
        if (charUnmatched != 0 || byteUnmatched != 0) {
            out.printf("(gets - puts is not 0: the pools' counters are plain per-stripe fields and lose an increment"
                    + " when two threads sharing a stripe bump one at the same instant; %d threads here)%n",
                    options.threads());
        }
        out.printf("retained when the threads stopped:  %s%n", atEnd);
        out.printf("retained one collection later:     %s%n", afterOneGc);
        out.printf("retained two collections later:    %s%n", afterTwoGcs);
        out.printf("heap used one collection later (writers in the victim cache) minus after the second dropped them:"
                + " %+,d bytes (measured, whole writers; noisy)%n", heapPoolsHeld - heapAfter);
        out.printf("heap used after GC: before %,d bytes, after %,d bytes, delta %+,d bytes (allowed +/-%,d)%n",
                heapBefore, heapAfter, heapDelta(), options.heapSlackBytes());
        for (String s : tally.samples) {
            out.println("sample failure: " + s);
        }
        List<String> failures = failures();
        if (failures.isEmpty()) {
            out.println("PASSED");
        } else {
            failures.forEach(m -> out.println("FAILED: " + m));
        }
    }
}
