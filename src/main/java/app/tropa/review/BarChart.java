package app.tropa.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for server-side SVG, one bar per label, with the same figures as rows of
 * a table for readers who cannot see the picture. Plain Java.
 */
public record BarChart(List<Bar> bars, List<Row> rows, int width, int height, boolean empty) {

    static final int HEIGHT = 120;
    static final int TOP = 6;
    static final int BOTTOM = 18;
    static final int GAP = 2;

    /** A bar; its title tells {@code label} and {@code value}, {@code tick} is shown under it (null: nothing). */
    public record Bar(int x, int y, int width, int height, String label, String value, String tick) {

        /** The middle of the bar, where its tick label is centred. */
        public int middle() {
            return x + width / 2;
        }
    }

    /** A table row: what (a month, a day, a range) and its figure as text. */
    public record Row(String label, String value) {
    }

    /**
     * One input point: its label (in full) and short tick, its value, how the value reads, and
     * whether it says anything (a count of 0 does not; a retention of 0 % does).
     */
    public record Point(String label, String tick, double value, String text, boolean known) {
    }

    /**
     * Bars scaled to {@code max} (or the largest value when {@code max} is 0), every
     * {@code tickEvery}-th labelled on the axis.
     */
    public static BarChart of(List<Point> points, double max, int barWidth, int tickEvery) {
        double top = max > 0 ? max : points.stream().mapToDouble(Point::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int plot = HEIGHT - TOP - BOTTOM;
        boolean empty = true;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int h = top <= 0 ? 0 : (int) Math.round(plot * Math.min(p.value(), top) / top);
            if (p.known()) {
                h = Math.max(h, 1);
                empty = false;
            }
            int x = i * (barWidth + GAP);
            bars.add(new Bar(x, TOP + plot - h, barWidth, h, p.label(), p.text(),
                    i % tickEvery == 0 ? p.tick() : null));
            rows.add(new Row(p.label(), p.text()));
        }
        return new BarChart(bars, rows, Math.max(1, points.size() * (barWidth + GAP) - GAP), HEIGHT, empty);
    }

    /** Where the axis labels sit. */
    public int labelY() {
        return HEIGHT - 4;
    }

    public int baseY() {
        return HEIGHT - BOTTOM;
    }
}
