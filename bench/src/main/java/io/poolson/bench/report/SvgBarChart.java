package io.poolson.bench.report;

import java.util.Locale;

/**
 * Draws a {@link BarChart} as an inline SVG element: labels on the left, bars in the middle, the
 * value label at each bar's end, group headings above their bars. Needs no fonts, scripts or
 * stylesheets beyond the page's own. Stateless and thread-safe.
 */
public final class SvgBarChart {

    /** Colours by series index; series 0 is poolson throughout the report. */
    private static final String[] PALETTE = {"#2e7d32", "#c62828", "#1565c0", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#ad1457"};

    private static final int WIDTH = 820;
    private static final int ROW = 22;
    private static final int BAR = 15;
    private static final int GROUP_ROW = 24;
    private static final int TITLE = 28;
    private static final int VALUE_WIDTH = 150;
    private static final double CHAR_WIDTH = 6.8; // 12px sans-serif, average character

    /** The chart as an {@code <svg>} element. */
    public String render(BarChart chart) {
        int labelWidth = 40;
        int rows = 0;
        String group = null;
        double max = 0;
        for (BarChart.Bar b : chart.bars()) {
            labelWidth = Math.max(labelWidth, (int) Math.ceil(b.label().length() * CHAR_WIDTH) + 12);
            if (!b.group().equals(group)) {
                group = b.group();
                if (!group.isEmpty()) {
                    rows += GROUP_ROW;
                }
            }
            rows += ROW;
            max = Math.max(max, b.value());
        }
        labelWidth = Math.min(labelWidth, WIDTH / 2);
        int plot = WIDTH - labelWidth - VALUE_WIDTH;
        int height = TITLE + rows + 8;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
                WIDTH, height, WIDTH, height, Html.escape(chart.title())));
        String scale = chart.logScale() ? " (log scale)" : "";
        svg.append(text(0, 18, "title", chart.title() + scale));
        int y = TITLE;
        group = null;
        for (BarChart.Bar b : chart.bars()) {
            if (!b.group().equals(group)) {
                group = b.group();
                if (!group.isEmpty()) {
                    svg.append(text(0, y + 16, "group", group));
                    y += GROUP_ROW;
                }
            }
            double length = plot * fraction(b.value(), max, chart.logScale());
            // A zero still gets a hairline, so the reader sees the bar exists and is (near) nothing.
            double drawn = Math.max(length, 1.5);
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">%s</text>%n",
                    labelWidth - 8, y + 12, Html.escape(b.label())));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\" fill=\"%s\"><title>%s</title></rect>%n",
                    labelWidth, y + 1, drawn, BAR, PALETTE[Math.floorMod(b.series(), PALETTE.length)],
                    Html.escape(b.label() + ": " + b.valueLabel() + " " + chart.unit())));
            svg.append(text((int) Math.round(labelWidth + drawn + 6), y + 12, "value",
                    b.valueLabel() + " " + chart.unit()));
            y += ROW;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double fraction(double value, double max, boolean log) {
        if (max <= 0) {
            return 0;
        }
        return log ? Math.log1p(value) / Math.log1p(max) : value / max;
    }

    private static String text(int x, int y, String cssClass, String s) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"%s\">%s</text>%n", x, y, cssClass, Html.escape(s));
    }
}
