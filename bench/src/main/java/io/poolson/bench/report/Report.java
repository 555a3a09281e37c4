package io.poolson.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report a newcomer runs first: {@code java -jar bench/target/poolson-report.jar}. Re-runs the
 * seeds' experiments in Java (allocation and GCs with and without a pool; a million borrowing
 * threads; victim aging), a quick side-by-side with other JSON libraries and a check of which of
 * them write Jackson's text ({@link FidelityExperiment}), prints tables on stdout, progress on
 * stderr, and writes a self-contained HTML page whose path it prints last.
 *
 * <p>Arguments: {@code [--quick] [--out FILE.html]}; see {@link ReportOptions}. Runs its
 * experiments one after another on the calling thread (each may start its own threads).
 */
public final class Report {

    /** The page's title. */
    public static final String TITLE = "poolson report";

    private Report() {
    }

    /** Runs the report with command-line arguments; exits with status 2 on a bad argument. */
    public static void main(String[] args) throws Exception {
        ReportOptions options;
        try {
            options = ReportOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path html = run(options, System.out, new Progress(System.err));
        System.out.println("HTML report: " + html.toAbsolutePath());
    }

    /**
     * Runs every section, prints each to {@code out} as it completes, writes the HTML page.
     *
     * @return where the HTML page was written
     */
    public static Path run(ReportOptions options, PrintStream out, Progress progress) throws InterruptedException, IOException {
        TextRenderer text = new TextRenderer();
        Table env = JvmInfo.table();
        String intro = intro(options);
        out.println(TITLE);
        out.println("=".repeat(TITLE.length()));
        out.println();
        out.println(intro);
        out.println();
        out.println(text.table(env));
        progress.step("report started" + (options.quick() ? " (quick mode: reduced counts)" : ""));

        List<Section> sections = new ArrayList<>();
        sections.add(SeedAllocationExperiment.run(options, progress));
        out.print(text.render(sections.get(sections.size() - 1)));
        sections.add(ObjectCountExperiment.run(options, progress));
        out.print(text.render(sections.get(sections.size() - 1)));
        sections.add(VictimAgingExperiment.run(options, progress));
        out.print(text.render(sections.get(sections.size() - 1)));
        sections.add(ThroughputExperiment.run(options, progress));
        out.print(text.render(sections.get(sections.size() - 1)));
        sections.add(FidelityExperiment.run(progress));
        out.print(text.render(sections.get(sections.size() - 1)));
        out.flush();

        String footer = String.format("Generated in %.0f s by java -jar bench/target/poolson-report.jar%s. "
                        + "Figures from short runs on this machine are indicative; for real figures run JMH: %s",
                progress.elapsedSeconds(), options.quick() ? " --quick" : "", ThroughputExperiment.JMH_COMMAND);
        String page = new HtmlRenderer().render(TITLE, intro, env, sections, footer);
        Path html = options.html();
        Path dir = html.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Files.writeString(html, page, StandardCharsets.UTF_8);
        progress.step("done");
        return html;
    }

    private static String intro(ReportOptions options) {
        return "The experiments of the two Go articles poolson started from, re-run in Java on this JVM: "
                + "what pooling saves (seed 000), how few objects a million borrowers need (seed 003), how a "
                + "pool ages at each garbage collection, a quick comparison with other JSON libraries, and the values "
                + "on which those libraries write other text than Jackson."
                + (options.quick() ? " QUICK MODE: every count is reduced; the figures only show that the report works." : "");
    }
}
