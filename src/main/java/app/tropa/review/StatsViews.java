package app.tropa.review;

import app.tropa.i18n.Lang;
import app.tropa.i18n.RhythmMsg;
import app.tropa.i18n.RhythmWords;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** {@link MemoryStats} in the learner's words, as charts with tables beside them. */
final class StatsViews {

    private StatsViews() {
    }

    static StatsView.Section section(String key, MemoryStats s, Lang lang, RhythmMsg msg) {
        String heading = "revisits".equals(key) ? msg.stats_series_revisits() : msg.stats_series_reviews();
        List<StatsView.Chart> charts = List.of(retention(key, s, lang, msg), perDay(key, s, lang, msg),
                forecast(key, s, lang, msg), stability(key, s, msg));
        return new StatsView.Section(key, heading, s.isEmpty(), charts);
    }

    private static StatsView.Chart retention(String key, MemoryStats s, Lang lang, RhythmMsg msg) {
        List<BarChart.Point> points = new ArrayList<>();
        int due = 0;
        int recalled = 0;
        for (MemoryStats.MonthRetention m : s.retention()) {
            Integer p = m.percent();
            String tick = m.month().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, lang.locale());
            points.add(new BarChart.Point(RhythmWords.month(m.month(), lang), tick, p == null ? 0 : p,
                    p == null ? "–" : msg.stats_retention_value(p, m.recalled(), m.dueReviews()), p != null));
            due += m.dueReviews();
            recalled += m.recalled();
        }
        BarChart chart = BarChart.of(points, 100, 28, 1);
        boolean steps = steps(key);
        return new StatsView.Chart(key + "-retention", msg.stats_retention_heading(),
                steps ? msg.stats_r_retention_summary(recalled, due, s.retention().size())
                        : msg.stats_retention_summary(recalled, due, s.retention().size()),
                steps ? msg.stats_r_retention_none() : msg.stats_retention_none(),
                chart, msg.stats_col_month(), msg.stats_col_retention());
    }

    private static StatsView.Chart perDay(String key, MemoryStats s, Lang lang, RhythmMsg msg) {
        int total = s.reviewsPerDay().stream().mapToInt(MemoryStats.DayCount::count).sum();
        boolean steps = steps(key);
        return new StatsView.Chart(key + "-per-day",
                steps ? msg.stats_r_per_day_heading() : msg.stats_per_day_heading(),
                steps ? msg.stats_r_per_day_summary(total, MemoryStats.DAYS_BACK)
                        : msg.stats_per_day_summary(total, MemoryStats.DAYS_BACK),
                steps ? msg.stats_r_per_day_none() : msg.stats_per_day_none(),
                days(s.reviewsPerDay(), lang), msg.stats_col_day(),
                steps ? msg.stats_r_col_reviews() : msg.stats_col_reviews());
    }

    private static StatsView.Chart forecast(String key, MemoryStats s, Lang lang, RhythmMsg msg) {
        int total = s.dueForecast().stream().mapToInt(MemoryStats.DayCount::count).sum();
        boolean steps = steps(key);
        return new StatsView.Chart(key + "-forecast", msg.stats_forecast_heading(),
                steps ? msg.stats_r_forecast_summary(total, MemoryStats.DAYS_AHEAD)
                        : msg.stats_forecast_summary(total, MemoryStats.DAYS_AHEAD),
                steps ? msg.stats_r_forecast_none() : msg.stats_forecast_none(),
                days(s.dueForecast(), lang), msg.stats_col_day(), msg.stats_col_due());
    }

    private static StatsView.Chart stability(String key, MemoryStats s, RhythmMsg msg) {
        List<BarChart.Point> points = s.stability().stream().map(b -> new BarChart.Point(bucket(b.bucket(), msg),
                tick(b.bucket(), msg), b.count(), String.valueOf(b.count()), b.count() > 0)).toList();
        BarChart chart = BarChart.of(points, 0, 40, 1);
        boolean steps = steps(key);
        return new StatsView.Chart(key + "-stability",
                steps ? msg.stats_r_stability_heading() : msg.stats_stability_heading(),
                steps ? msg.stats_r_stability_summary(s.inReview()) : msg.stats_stability_summary(s.inReview()),
                steps ? msg.stats_r_stability_none() : msg.stats_stability_none(), chart,
                msg.stats_col_stability(), steps ? msg.stats_r_col_count() : msg.stats_col_count());
    }

    /** The revisits' section speaks of revisits and steps where the cards' speaks of reviews and terms. */
    private static boolean steps(String key) {
        return "revisits".equals(key);
    }

    /** Thirty days of counts; the axis names every seventh day by its number in the month. */
    private static BarChart days(List<MemoryStats.DayCount> days, Lang lang) {
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(lang.locale());
        List<BarChart.Point> points = days.stream().map(d -> new BarChart.Point(full.format(d.day()),
                String.valueOf(d.day().getDayOfMonth()), d.count(), String.valueOf(d.count()), d.count() > 0)).toList();
        return BarChart.of(points, 0, 12, 7);
    }

    /** Stability ranges on the axis, in days; the table names them in words. */
    private static String tick(MemoryStats.Bucket b, RhythmMsg msg) {
        return switch (b) {
            case NEW -> msg.stats_bucket_new_short();
            case UNDER_1D -> "<1";
            case D1_7 -> "1–7";
            case D7_30 -> "7–30";
            case D30_90 -> "30–90";
            case D90_365 -> "90–365";
            case OVER_1Y -> ">365";
        };
    }

    static String bucket(MemoryStats.Bucket b, RhythmMsg msg) {
        return switch (b) {
            case NEW -> msg.stats_bucket_new();
            case UNDER_1D -> msg.stats_bucket_under_1d();
            case D1_7 -> msg.stats_bucket_d1_7();
            case D7_30 -> msg.stats_bucket_d7_30();
            case D30_90 -> msg.stats_bucket_d30_90();
            case D90_365 -> msg.stats_bucket_d90_365();
            case OVER_1Y -> msg.stats_bucket_over_1y();
        };
    }
}
