package app.tropa.tutor;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StreakTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void shouldBeZeroForNoActivity() {
        assertEquals(new Streak(0, 0), Streak.of(List.of(), TODAY));
    }

    @Test
    void shouldCountConsecutiveDaysEndingToday() {
        assertEquals(new Streak(3, 3), Streak.of(days(TODAY, TODAY.minusDays(1), TODAY.minusDays(2)), TODAY));
    }

    @Test
    void shouldKeepStreakAliveUntilTodayIsOver() {
        assertEquals(new Streak(2, 2), Streak.of(days(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY));
    }

    @Test
    void shouldBreakStreakAfterAQuietDay() {
        Streak streak = Streak.of(days(TODAY.minusDays(2), TODAY.minusDays(3), TODAY.minusDays(4)), TODAY);

        assertEquals(0, streak.current());
        assertEquals(3, streak.longest());
    }

    @Test
    void shouldCountSeveralActionsOnOneDayOnce() {
        assertEquals(new Streak(1, 1), Streak.of(days(TODAY, TODAY, TODAY), TODAY));
    }

    @Test
    void shouldFindLongestRunBeforeATwoYearGap() {
        List<LocalDate> days = new java.util.ArrayList<>();
        LocalDate start = TODAY.minusYears(3);
        for (int i = 0; i < 40; i++) {
            days.add(start.plusDays(i));
        }
        days.add(TODAY.minusDays(1));
        days.add(TODAY);

        Streak streak = Streak.of(days, TODAY);

        assertEquals(2, streak.current());
        assertEquals(40, streak.longest());
    }

    @Test
    void shouldCountRunAcrossMonthAndLeapDay() {
        assertEquals(3, Streak.of(days(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 3, 1)), LocalDate.of(2028, 3, 1)).current());
    }

    @Test
    void shouldCountDaysInTheLearnersTimeZone() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        // 23:30 UTC on 1 March is already 2 March in Moscow, the same local day as the next action.
        List<Instant> moments = List.of(Instant.parse("2026-03-01T23:30:00Z"), Instant.parse("2026-03-02T10:00:00Z"));

        assertEquals(new Streak(1, 1), Streak.of(moments, moscow, Instant.parse("2026-03-02T12:00:00Z")));
        assertEquals(new Streak(2, 2), Streak.of(moments, ZoneId.of("UTC"), Instant.parse("2026-03-02T12:00:00Z")));
    }

    @Test
    void shouldMoveTodayAtLocalMidnightNotUtc() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        List<Instant> moments = List.of(Instant.parse("2026-05-10T10:00:00Z"));
        // 16:00 UTC on 11 May is 01:00 on 12 May in Tokyo: the 10 May action is two local days back.
        assertEquals(0, Streak.of(moments, tokyo, Instant.parse("2026-05-11T16:00:00Z")).current());
        assertEquals(1, Streak.of(moments, ZoneId.of("UTC"), Instant.parse("2026-05-11T16:00:00Z")).current());
    }

    private static List<LocalDate> days(LocalDate... days) {
        return List.of(days);
    }
}
