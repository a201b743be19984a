package app.tropa.tutor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The activity heatmap, laid out for server-side SVG: one square per day, weeks as columns
 * (Monday on top), and a per-month text summary for readers who cannot see the picture.
 */
public record Heatmap(List<Square> squares, List<MonthLabel> months, List<MonthTotal> totals, int width, int height,
        int activeDays, int total) {

    static final int SIZE = 11;
    static final int GAP = 3;
    static final int TOP = 16;
    static final int LEFT = 2;

    public record Square(int x, int y, int level, LocalDate date, int count) {
    }

    /**
     * Every square as SVG, in one piece: 365 squares of numbers and ISO dates (nothing to escape)
     * written here cost a fraction of evaluating six template expressions for each.
     */
    public String squaresSvg() {
        StringBuilder svg = new StringBuilder(squares.size() * 110);
        for (Square sq : squares) {
            svg.append("<rect x=\"").append(sq.x()).append("\" y=\"").append(sq.y())
                    .append("\" width=\"11\" height=\"11\" rx=\"2\" class=\"l").append(sq.level())
                    .append("\"><title>").append(sq.date()).append(": ").append(sq.count()).append("</title></rect>");
        }
        return svg.toString();
    }

    public record MonthLabel(int x, String name) {
    }

    public record MonthTotal(String month, int activeDays, int count) {
    }

    public static Heatmap of(List<Activity> days, Locale locale) {
        LocalDate first = days.get(0).date();
        LocalDate monday = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        List<Square> squares = new ArrayList<>();
        List<MonthLabel> months = new ArrayList<>();
        Map<String, int[]> totals = new LinkedHashMap<>();
        int activeDays = 0;
        int total = 0;
        int lastColumn = 0;
        for (Activity day : days) {
            int column = (int) (ChronoUnit.DAYS.between(monday, day.date()) / 7);
            int row = day.date().getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            int x = LEFT + column * (SIZE + GAP);
            squares.add(new Square(x, TOP + row * (SIZE + GAP), level(day.count()), day.date(), day.count()));
            if (day.date().getDayOfMonth() == 1) {
                months.add(new MonthLabel(x, day.date().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale)));
            }
            String month = day.date().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " "
                    + day.date().getYear();
            int[] t = totals.computeIfAbsent(month, k -> new int[2]);
            t[0] += day.count() > 0 ? 1 : 0;
            t[1] += day.count();
            activeDays += day.count() > 0 ? 1 : 0;
            total += day.count();
            lastColumn = column;
        }
        List<MonthTotal> monthTotals = totals.entrySet().stream()
                .map(e -> new MonthTotal(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        int width = LEFT + (lastColumn + 1) * (SIZE + GAP);
        return new Heatmap(squares, months, monthTotals, width, TOP + 7 * (SIZE + GAP), activeDays, total);
    }

    /** 0 for a quiet day, then 1–4 as the day gets busier. */
    static int level(int count) {
        if (count == 0) {
            return 0;
        }
        if (count == 1) {
            return 1;
        }
        if (count <= 3) {
            return 2;
        }
        return count <= 6 ? 3 : 4;
    }
}
