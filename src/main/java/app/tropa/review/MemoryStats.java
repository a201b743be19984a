package app.tropa.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How memory is holding, worked out from a neutral input so review cards and revisits share the
 * arithmetic: graded events (the day, whether it was "again", whether the thing was due) and
 * current states (the due day and FSRS stability). Plain Java; {@code today} is given.
 *
 * <p>True retention is the share of reviews not graded "again" among the reviews of things that
 * were due, per calendar month; a review before its due day says little about memory and is left
 * out, as is a month without such reviews (its retention is unknown, not zero).
 */
public record MemoryStats(LocalDate today, List<MonthRetention> retention, List<DayCount> reviewsPerDay,
        List<DayCount> dueForecast, List<BucketCount> stability, int totalReviews, int inReview) {

    /** Days of reviews shown before today (today included). */
    public static final int DAYS_BACK = 30;
    /** Days of the forecast from today (today included). */
    public static final int DAYS_AHEAD = 30;
    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 60;

    /** One review: its day in the learner's zone, whether it was "again", whether it was due. */
    public record Graded(LocalDate day, boolean again, boolean wasDue) {
    }

    /** One thing in review now: its due day, its stability in days (null until first reviewed). */
    public record Held(LocalDate due, Double stability) {
    }

    /** A month's due reviews and how many were recalled; {@code percent} is null without any. */
    public record MonthRetention(YearMonth month, int dueReviews, int recalled) {

        @JsonProperty
        public Integer percent() {
            return dueReviews == 0 ? null : (int) Math.round(100.0 * recalled / dueReviews);
        }
    }

    public record DayCount(LocalDate day, int count) {
    }

    /** Stability buckets, in days: a card in {@code NEW} has not been reviewed yet. */
    public enum Bucket {
        NEW(-1, 0), UNDER_1D(0, 1), D1_7(1, 7), D7_30(7, 30), D30_90(30, 90), D90_365(90, 365),
        OVER_1Y(365, Double.MAX_VALUE);

        private final double from;
        private final double below;

        Bucket(double from, double below) {
            this.from = from;
            this.below = below;
        }

        @JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Bucket of(Double stability) {
            if (stability == null) {
                return NEW;
            }
            for (Bucket b : values()) {
                if (b != NEW && stability >= b.from && stability < b.below) {
                    return b;
                }
            }
            return UNDER_1D;
        }
    }

    public record BucketCount(Bucket bucket, int count) {
    }

    public static MemoryStats of(List<Graded> graded, List<Held> held, LocalDate today, int months) {
        return new MemoryStats(today, retention(graded, today, months), perDay(graded, today),
                forecast(held, today), stability(held), graded.size(), held.size());
    }

    /** Nothing reviewed and nothing in review: there is nothing to show yet. */
    @JsonIgnore
    public boolean isEmpty() {
        return totalReviews == 0 && inReview == 0;
    }

    static List<MonthRetention> retention(List<Graded> graded, LocalDate today, int months) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, int[]> counts = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m, new int[2]);
        }
        for (Graded g : graded) {
            int[] c = counts.get(YearMonth.from(g.day()));
            if (c != null && g.wasDue()) {
                c[0]++;
                c[1] += g.again() ? 0 : 1;
            }
        }
        List<MonthRetention> out = new ArrayList<>();
        counts.forEach((m, c) -> out.add(new MonthRetention(m, c[0], c[1])));
        return out;
    }

    static List<DayCount> perDay(List<Graded> graded, LocalDate today) {
        LocalDate first = today.minusDays(DAYS_BACK - 1L);
        int[] counts = new int[DAYS_BACK];
        for (Graded g : graded) {
            if (!g.day().isBefore(first) && !g.day().isAfter(today)) {
                counts[(int) (g.day().toEpochDay() - first.toEpochDay())]++;
            }
        }
        return days(first, counts);
    }

    /** What falls due each day from today; anything overdue is due today. */
    static List<DayCount> forecast(List<Held> held, LocalDate today) {
        int[] counts = new int[DAYS_AHEAD];
        for (Held h : held) {
            long offset = Math.max(0, h.due().toEpochDay() - today.toEpochDay());
            if (offset < DAYS_AHEAD) {
                counts[(int) offset]++;
            }
        }
        return days(today, counts);
    }

    static List<BucketCount> stability(List<Held> held) {
        int[] counts = new int[Bucket.values().length];
        held.forEach(h -> counts[Bucket.of(h.stability()).ordinal()]++);
        List<BucketCount> out = new ArrayList<>();
        for (Bucket b : Bucket.values()) {
            out.add(new BucketCount(b, counts[b.ordinal()]));
        }
        return out;
    }

    private static List<DayCount> days(LocalDate first, int[] counts) {
        List<DayCount> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            out.add(new DayCount(first.plusDays(i), counts[i]));
        }
        return out;
    }
}
