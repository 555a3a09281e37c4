package io.poolson.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart: one bar per labelled value, drawn by {@link SvgBarChart}. Bars may be
 * grouped (a group heading is drawn above each group's bars) and coloured by a series index, so
 * that e.g. every "poolson" bar has the same colour. Immutable and thread-safe.
 *
 * @param title    what the chart shows
 * @param unit     the unit of the values, printed after each value label (e.g. {@code "B/call"})
 * @param logScale whether bar lengths are logarithmic (for values spanning orders of magnitude)
 * @param bars     the bars, top to bottom
 */
public record BarChart(String title, String unit, boolean logScale, List<Bar> bars) implements Block {

    /** Copies the bars and rejects values a chart cannot draw. */
    public BarChart {
        bars = List.copyOf(bars);
        for (Bar b : bars) {
            if (!Double.isFinite(b.value()) || b.value() < 0) {
                throw new IllegalArgumentException("bar " + b.label() + " has value " + b.value());
            }
        }
    }

    /**
     * One bar.
     *
     * @param group      the group heading it is drawn under ({@code ""} for none)
     * @param label      the bar's label
     * @param value      its length, finite and not negative
     * @param valueLabel the figure printed beside the bar
     * @param series     colour index: bars with the same index share a colour
     */
    public record Bar(String group, String label, double value, String valueLabel, int series) {
    }

    /** Starts a chart. */
    public static Builder builder(String title, String unit) {
        return new Builder(title, unit);
    }

    /** Collects bars for a {@link BarChart}. Not thread-safe. */
    public static final class Builder {
        private final String title;
        private final String unit;
        private boolean logScale;
        private String group = "";
        private final List<Bar> bars = new ArrayList<>();

        private Builder(String title, String unit) {
            this.title = title;
            this.unit = unit;
        }

        /** Draws bar lengths on a logarithmic scale. */
        public Builder logScale() {
            this.logScale = true;
            return this;
        }

        /** Puts the bars added next under this group heading. */
        public Builder group(String group) {
            this.group = group;
            return this;
        }

        /** Adds a bar whose value label is the value formatted by {@link Format#number(double)}. */
        public Builder bar(String label, double value, int series) {
            return bar(label, value, Format.number(value), series);
        }

        /** Adds a bar with its own value label. */
        public Builder bar(String label, double value, String valueLabel, int series) {
            bars.add(new Bar(group, label, value, valueLabel, series));
            return this;
        }

        /** The chart with the bars added so far. */
        public BarChart build() {
            return new BarChart(title, unit, logScale, bars);
        }
    }
}
