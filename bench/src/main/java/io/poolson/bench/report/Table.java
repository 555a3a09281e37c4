package io.poolson.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of already formatted cells. The first column is a label (left-aligned); the others are
 * figures (right-aligned). Immutable and thread-safe; build one with {@link #builder}.
 *
 * @param caption what the table shows
 * @param header  column headings
 * @param rows    the cells, each row as long as the header
 */
public record Table(String caption, List<String> header, List<List<String>> rows) implements Block {

    /** Copies the lists and checks every row has one cell per column. */
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size()
                        + " cells, header has " + header.size());
            }
        }
    }

    /** Starts a table with this caption and these column headings. */
    public static Builder builder(String caption, String... header) {
        return new Builder(caption, List.of(header));
    }

    /** Collects rows for a {@link Table}. Not thread-safe. */
    public static final class Builder {
        private final String caption;
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(String caption, List<String> header) {
            this.caption = caption;
            this.header = header;
        }

        /** Adds a row of cells; objects are turned into text with {@code String.valueOf}. */
        public Builder row(Object... cells) {
            List<String> row = new ArrayList<>(cells.length);
            for (Object c : cells) {
                row.add(String.valueOf(c));
            }
            rows.add(row);
            return this;
        }

        /** The table with the rows added so far. */
        public Table build() {
            return new Table(caption, header, rows);
        }
    }
}
