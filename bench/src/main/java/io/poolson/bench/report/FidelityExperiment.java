package io.poolson.bench.report;

import java.util.ArrayList;
import java.util.List;

import io.poolson.bench.serializer.SameBytesCheck;
import io.poolson.bench.serializer.SameBytesCheck.Case;
import io.poolson.bench.serializer.SameBytesCheck.Verdict;
import io.poolson.bench.serializer.SameBytesCheck.Writer;

/**
 * Section 5: the other half of the quick comparison. Section 4 times libraries on maps where they
 * all write Jackson 2's output; this one writes values on which they part ways
 * ({@link SameBytesCheck}) and shows, per library, "same" or what it writes instead, on the running
 * JDK (some rows differ between JDK 17 and 25). Takes milliseconds; runs on the calling thread.
 */
public final class FidelityExperiment {

    private FidelityExperiment() {
    }

    /** Runs the check and describes it. */
    public static Section run(Progress progress) {
        progress.step("fidelity: " + SameBytesCheck.CASES.size() + " values through " + SameBytesCheck.WRITERS.size() + " writers");
        return describe(SameBytesCheck.checkAll());
    }

    private static Section describe(List<List<Verdict>> verdicts) {
        List<Writer> writers = SameBytesCheck.WRITERS;
        List<String> header = new ArrayList<>();
        header.add("value in {\"v\": …}");
        header.add("Jackson 2 writes");
        writers.forEach(w -> header.add(w.name()));
        Table.Builder table = Table.builder("Each library's output against Jackson 2's default ObjectMapper "
                + "(String outputs against writeValueAsString, byte outputs against writeValueAsBytes; \"same\" "
                + "means identical, else what the library writes; <U+XXXX> is a character shown by its code point)", header.toArray(String[]::new));
        int[] differences = new int[writers.size()];
        for (int i = 0; i < SameBytesCheck.CASES.size(); i++) {
            Case c = SameBytesCheck.CASES.get(i);
            List<Object> row = new ArrayList<>();
            row.add(c.label());
            row.add(jacksonText(c));
            for (int w = 0; w < writers.size(); w++) {
                Verdict v = verdicts.get(i).get(w);
                row.add(v.same() ? "same" : v.outcome());
                if (!v.same()) {
                    differences[w]++;
                }
            }
            table.row(row.toArray());
        }
        List<Object> total = new ArrayList<>();
        total.add("differs from Jackson 2");
        total.add("");
        for (int d : differences) {
            total.add(d + " of " + SameBytesCheck.CASES.size());
        }
        table.row(total.toArray());

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("Section 4 compares speed only where every library writes what Jackson 2 "
                + "writes (each benchmark checks that in its setup). Here are values where they part ways, written on "
                + "this JDK (" + Runtime.version() + "): doubles that JDK 17's Double.toString writes other than as the "
                + "shortest decimal and JDK 19 and later as the shortest (so these rows differ between JDKs), NaN, "
                + "escapes, surrogates (Jackson 2's byte output escapes them, its String output does not), byte[] "
                + "(Base64 in Jackson). poolson's promise is Jackson 2's exact output on the JDK it runs on; the "
                + "others are configured as the benchmarks configure them (io.poolson.bench.serializer.Libraries). "
                + "fastjson2 and DSL-JSON format doubles with their own algorithms, which is part of why they are fast."));
        blocks.add(table.build());
        return new Section("fidelity", "5. Same bytes as Jackson? Values where libraries differ", blocks);
    }

    /** Jackson 2's String output, and its byte output where that differs. */
    private static String jacksonText(Case c) {
        String chars = SameBytesCheck.text(SameBytesCheck.jackson(c, false));
        String bytes = SameBytesCheck.text(SameBytesCheck.jackson(c, true));
        return chars.equals(bytes) ? chars : chars + " (bytes: " + bytes + ")";
    }
}
