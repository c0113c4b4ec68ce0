package org.openimr.library.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG, with a title and a text alternative ({@code description}) that
 * says what the chart shows; the page puts the table of the same numbers beside it.
 */
public record BarChart(String id, String title, String description, List<Bar> bars, double max) {

    public static final int LABEL_WIDTH = 290;
    public static final int BAR_WIDTH = 330;
    public static final int ROW = 26;

    /** One bar: its label, value and the value as written beside the bar. */
    public record Bar(String label, double value, String valueText) {

        /** The label shortened to fit the space beside the bar (the table gives it whole). */
        public String shortLabel() {
            return label.length() <= 40 ? label : label.substring(0, 39).strip() + "\u2026";
        }
    }

    public int height() {
        return bars.size() * ROW + 8;
    }

    public int width() {
        return LABEL_WIDTH + BAR_WIDTH + 140;
    }

    /** The length of a bar in the drawing; a value above zero gets at least a sliver. */
    public String barLength(Bar bar) {
        double length = max <= 0 ? 0 : BAR_WIDTH * bar.value() / max;
        return String.format(Locale.ROOT, "%.1f", bar.value() > 0 ? Math.max(1.5, length) : 0);
    }

    public String valueX(Bar bar) {
        return String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + Double.parseDouble(barLength(bar)) + 6);
    }

    public int y(int index) {
        return 4 + index * ROW;
    }

    /** A chart of values in percent (0-100 scale capped at the largest value). */
    static BarChart percents(String id, String title, String what, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        String description = title + ". " + bars.size() + (bars.size() == 1 ? " bar. " : " bars. ") + range(bars, what)
                + " The table after the chart lists every value with its counts.";
        return new BarChart(id, title, description, bars, Math.max(max, 1));
    }

    /** A chart of day counts. */
    static BarChart days(String id, String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        String description = title + ". " + String.join("; ", bars.stream().map(b -> b.label() + ": "
                + b.valueText()).toList()) + ". The table after the chart gives minimum, median, mean and maximum.";
        return new BarChart(id, title, description, bars, Math.max(max, 1));
    }

    private static String range(List<Bar> bars, String what) {
        if (bars.isEmpty()) {
            return "No data yet.";
        }
        Bar high = bars.stream().max(Comparator.comparingDouble(Bar::value)).orElseThrow();
        Bar low = bars.stream().min(Comparator.comparingDouble(Bar::value)).orElseThrow();
        return "The " + what + " ranges from " + low.valueText() + " (" + low.label() + ") to " + high.valueText()
                + " (" + high.label() + ").";
    }
}
