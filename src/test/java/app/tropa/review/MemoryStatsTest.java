package app.tropa.review;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arithmetic of how memory is holding, on a fixed today. */
class MemoryStatsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static MemoryStats.Graded due(LocalDate day, boolean again) {
        return new MemoryStats.Graded(day, again, true);
    }

    @Test
    void retentionIsTheShareOfDueReviewsNotGradedAgainPerMonth() {
        List<MemoryStats.Graded> graded = List.of(
                due(LocalDate.of(2026, 11, 3), false), due(LocalDate.of(2026, 11, 9), false),
                due(LocalDate.of(2026, 11, 20), false), due(LocalDate.of(2026, 11, 21), true),
                new MemoryStats.Graded(LocalDate.of(2026, 11, 22), true, false),
                due(LocalDate.of(2026, 12, 1), true));

        List<MemoryStats.MonthRetention> months = MemoryStats.of(graded, List.of(), TODAY, 12).retention();

        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2026, 1), months.get(0).month());
        MemoryStats.MonthRetention november = months.get(10);
        assertEquals(4, november.dueReviews(), "a review before its due day is not counted");
        assertEquals(3, november.recalled());
        assertEquals(75, november.percent());
        assertEquals(0, months.get(11).percent(), "a month where everything due was forgotten is 0 %");
    }

    @Test
    void aMonthWithoutDueReviewsHasNoRetentionRatherThanZero() {
        MemoryStats s = MemoryStats.of(List.of(new MemoryStats.Graded(TODAY, false, false)), List.of(), TODAY, 3);

        assertNull(s.retention().get(2).percent());
        assertEquals(0, s.retention().get(2).dueReviews());
    }

    @Test
    void reviewsPerDayCountTheLastThirtyDaysUpToToday() {
        List<MemoryStats.Graded> graded = List.of(due(TODAY, false), due(TODAY, true),
                due(TODAY.minusDays(29), false), due(TODAY.minusDays(30), false));

        List<MemoryStats.DayCount> days = MemoryStats.of(graded, List.of(), TODAY, 12).reviewsPerDay();

        assertEquals(30, days.size());
        assertEquals(TODAY.minusDays(29), days.get(0).day());
        assertEquals(1, days.get(0).count(), "the 31st day back is outside");
        assertEquals(2, days.get(29).count());
    }

    @Test
    void theForecastCountsWhatFallsDueEachDayAndOverdueAsToday() {
        List<MemoryStats.Held> held = List.of(new MemoryStats.Held(TODAY.minusDays(5), 2.0),
                new MemoryStats.Held(TODAY, 3.0), new MemoryStats.Held(TODAY.plusDays(29), 40.0),
                new MemoryStats.Held(TODAY.plusDays(30), 40.0));

        List<MemoryStats.DayCount> forecast = MemoryStats.of(List.of(), held, TODAY, 12).dueForecast();

        assertEquals(30, forecast.size());
        assertEquals(2, forecast.get(0).count());
        assertEquals(1, forecast.get(29).count(), "thirty days ahead is outside");
    }

    @Test
    void stabilityFallsIntoBucketsWithUnreviewedCardsApart() {
        List<MemoryStats.Held> held = List.of(new MemoryStats.Held(TODAY, null), new MemoryStats.Held(TODAY, 0.4),
                new MemoryStats.Held(TODAY, 1.0), new MemoryStats.Held(TODAY, 6.9), new MemoryStats.Held(TODAY, 7.0),
                new MemoryStats.Held(TODAY, 89.0), new MemoryStats.Held(TODAY, 364.9),
                new MemoryStats.Held(TODAY, 365.0), new MemoryStats.Held(TODAY, 3000.0));

        List<Integer> counts = MemoryStats.of(List.of(), held, TODAY, 12).stability().stream()
                .map(MemoryStats.BucketCount::count).toList();

        assertEquals(List.of(1, 1, 2, 1, 1, 1, 2), counts);
    }

    @Test
    void nothingReviewedAndNothingInReviewIsEmpty() {
        assertTrue(MemoryStats.of(List.of(), List.of(), TODAY, 12).isEmpty());
        assertFalse(MemoryStats.of(List.of(), List.of(new MemoryStats.Held(TODAY, null)), TODAY, 12).isEmpty());
    }

    @Test
    void aReviewWasDueWhenItCameOnOrAfterTheDayThePreviousReviewSetAndNeverOnTheFirst() {
        ZoneId zone = ZoneId.of("Europe/Moscow");
        List<ReviewMemory.Row> rows = List.of(
                row("a", "good", "2026-11-01T10:00:00Z", "2026-11-04T21:00:00Z"),
                row("a", "again", "2026-11-04T21:30:00Z", "2026-11-05T21:00:00Z"),
                row("a", "good", "2026-11-05T08:00:00Z", "2026-11-10T21:00:00Z"),
                row("b", "again", "2026-11-02T10:00:00Z", "2026-11-02T21:00:00Z"));

        List<MemoryStats.Graded> graded = ReviewMemory.graded(rows, zone);

        assertEquals(List.of(false, true, false, false), graded.stream().map(MemoryStats.Graded::wasDue).toList(),
                "first reviews are learning; the second comes on its due day in Moscow; the third a day early");
        assertEquals(LocalDate.of(2026, 11, 5), graded.get(1).day(), "days are the learner's");
        assertTrue(graded.get(1).again());
    }

    private static ReviewMemory.Row row(String term, String grade, String at, String due) {
        return new ReviewMemory.Row(term, grade, Instant.parse(at), Instant.parse(due));
    }
}
