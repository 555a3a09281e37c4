package io.poolson.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders sections as plain text for a terminal: headings underlined, prose wrapped, tables in
 * aligned columns. Charts are left out (their figures are always in a table beside them).
 * Stateless and thread-safe.
 */
public final class TextRenderer {

    private static final int WIDTH = 100;

    /** The section as text, ending with a blank line. */
    public String render(Section section) {
        StringBuilder out = new StringBuilder();
        out.append(section.title()).append('\n').append("=".repeat(section.title().length())).append("\n\n");
        for (Block block : section.blocks()) {
            if (block instanceof Block.Paragraph p) {
                out.append(wrap(p.text())).append("\n\n");
            } else if (block instanceof Block.Listing l) {
                out.append(l.text().stripTrailing()).append("\n\n");
            } else if (block instanceof Table t) {
                out.append(table(t)).append('\n');
            }
        }
        return out.toString();
    }

    /** The table as aligned columns under its caption: first column left-aligned, others right. */
    public String table(Table t) {
        int[] widths = new int[t.header().size()];
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        for (List<String> row : all) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        if (!t.caption().isEmpty()) {
            out.append(t.caption()).append('\n');
        }
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append("  ").append(c == 0 ? cell + pad : pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = 0;
                for (int w : widths) {
                    total += w + 2;
                }
                out.append("  ").append("-".repeat(total - 2)).append('\n');
            }
        }
        return out.toString();
    }

    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split(" +")) {
            if (column > 0 && column + 1 + word.length() > WIDTH) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
