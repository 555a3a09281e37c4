package io.poolson.bench.report;

/**
 * One piece of a report {@link Section}: prose, a preformatted listing, a table or a bar chart.
 * Each kind is rendered to text by {@link TextRenderer} and to HTML by {@link HtmlRenderer}.
 * All implementations are immutable records, safe to share between threads.
 */
public sealed interface Block permits Block.Paragraph, Block.Listing, Table, BarChart {

    /**
     * A paragraph of plain prose.
     *
     * @param text the words, without markup
     */
    record Paragraph(String text) implements Block {
    }

    /**
     * Lines printed exactly as given, in a fixed-width font: e.g. the seeds' own
     * {@code Mallocs / TotalAlloc / NumGC} output shape.
     *
     * @param text the lines, separated by {@code \n}
     */
    record Listing(String text) implements Block {
    }
}
