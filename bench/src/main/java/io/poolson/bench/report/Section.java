package io.poolson.bench.report;

import java.util.List;

/**
 * The outcome of one experiment of the report, ready to render: a title and the blocks under it.
 * Immutable and thread-safe.
 *
 * @param id     a short identifier, unique within the report, usable as an HTML anchor
 * @param title  the heading
 * @param blocks what the section shows, in order
 */
public record Section(String id, String title, List<Block> blocks) {

    /** Copies {@code blocks}, so the section cannot change after it is built. */
    public Section {
        blocks = List.copyOf(blocks);
    }
}
