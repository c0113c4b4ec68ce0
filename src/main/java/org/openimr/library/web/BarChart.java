package org.openimr.library.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG, with a title and a text alternative ({@code description}) that
 * says what the chart shows; the page puts the table of the same numbers beside it.
 */
public record BarChart(String id, String title, String description, List<Bar> bars, double max) {

    public static final int LABEL_WIDTH = 290;
    /** Where the labels end, right-aligned, before the axis. */
    public static final int LABEL_END = LABEL_WIDTH - 8;
    public static final int BAR_WIDTH = 330;
    public static final int BAR_HEIGHT = 18;
    /** The height of a row with a label of one line; each further line adds a {@link #LINE_HEIGHT}. */
    public static final int ROW = 26;
    public static final int LINE_HEIGHT = 15;
    /**
     * Characters of a label line: 32 characters of the 13-pixel labels fit the 282 pixels left of the axis even in
     * a wide font (DejaVu Sans, about 7.3 pixels a character on average).
     */
    static final int LINE_CHARS = 32;
    static final int MAX_LINES = 2;

    /** One bar: its label, value and the value as written beside the bar. */
    public record Bar(String label, double value, String valueText) {

        /**
         * The label in lines that fit beside the axis: broken between words, at most {@link #MAX_LINES}, the last
         * ending in "…" when the label is longer still (the bar's title and the table give it whole).
         */
        public List<String> labelLines() {
            List<String> lines = new ArrayList<>();
            String rest = label.strip();
            while (!rest.isEmpty() && lines.size() < MAX_LINES) {
                boolean last = lines.size() == MAX_LINES - 1;
                if (rest.length() <= LINE_CHARS) {
                    lines.add(rest);
                    rest = "";
                } else if (last) {
                    lines.add(cut(rest, LINE_CHARS - 1).strip() + "\u2026");
                    rest = "";
                } else {
                    String line = cut(rest, LINE_CHARS);
                    lines.add(line.strip());
                    rest = rest.substring(line.length()).strip();
                }
            }
            return lines;
        }

        /** The longest start of the text of at most {@code max} characters that ends between words, if any. */
        private static String cut(String text, int max) {
            int space = text.lastIndexOf(' ', max);
            return space > 0 ? text.substring(0, space) : text.substring(0, max);
        }

        /** What the bar's title says: the whole label and the value. */
        public String title() {
            return label + ": " + valueText;
        }
    }

    /** The lines of the longest label: every row is that high. */
    private int lines() {
        return bars.stream().mapToInt(b -> b.labelLines().size()).max().orElse(1);
    }

    public int row() {
        return ROW + (lines() - 1) * LINE_HEIGHT;
    }

    public int height() {
        return bars.size() * row() + 8;
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
        return 4 + index * row();
    }

    /** The top of a bar, in the middle of its row. */
    public int barY(int index) {
        return y(index) + (row() - BAR_HEIGHT) / 2;
    }

    /** The base line of the text beside a bar (its value, or a label of one line). */
    public int textY(int index) {
        return barY(index) + 13;
    }

    /** The base line of a label's first line: its lines are centred on the bar. */
    public String labelY(int index, Bar bar) {
        return String.format(Locale.ROOT, "%.1f", textY(index) - (bar.labelLines().size() - 1) * LINE_HEIGHT / 2.0);
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
