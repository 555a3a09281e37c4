package io.poolson.bench.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The soak's short version for CI: the same {@link Soak} for 8 s with 1 MB huge documents, every
 * check asserted. The long run (60 s, 10 MB) is the command in bench/README.md.
 */
class SoakTest {

    @Test
    void eightSecondsOfFourThreadsWithHugeDocumentsAndCollections() throws Exception {
        SoakOptions o = new SoakOptions(8, 4, 1 << 20, 500, 50, 250, 4L << 20, 7);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SoakResult r = Soak.run(o, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.print(text);

        assertEquals(List.of(), r.failures(), text);
        assertTrue(r.calls() > 200, "calls: " + r.calls());
        assertTrue(r.hugeCalls() >= 2 * OutputPath.values().length, "every huge document on every path: " + r.hugeCalls());
        assertTrue(r.liveSamples() > 0);
        assertEquals(0, r.violations());
        assertEquals(0, r.stillLent());
        assertTrue(r.afterTwoGcs().retainedBytes() <= r.afterTwoGcs().boundBytes(), r.afterTwoGcs().toString());
        assertTrue(Math.abs(r.heapDelta()) <= o.heapSlackBytes(), "heap delta " + r.heapDelta());
        assertTrue(text.endsWith("PASSED" + System.lineSeparator()), text);
    }

    @Test
    void optionsParseTheDocumentedFlags() {
        SoakOptions o = SoakOptions.parse("--seconds", "5", "--threads", "2", "--huge-mb", "0.5", "--gc-every-ms", "0");
        assertEquals(5, o.seconds());
        assertEquals(2, o.threads());
        assertEquals(1 << 19, o.hugeBytes());
        assertEquals(0, o.gcEveryMillis());
        assertEquals(SoakOptions.defaults().sampleEvery(), o.sampleEvery());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SoakOptions.parse("--bogus", "1")).getMessage().contains("usage:"));
    }
}
