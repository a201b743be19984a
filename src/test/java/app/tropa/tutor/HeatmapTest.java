package app.tropa.tutor;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeatmapTest {

    @Test
    void shouldLayOutAYearAsWeekColumnsWithMondayOnTop() {
        LocalDate today = LocalDate.of(2026, 11, 23); // a Monday
        List<Activity> days = Activity.window(Map.of(today, 2, today.minusDays(1), 9), today, 365);

        Heatmap heatmap = Heatmap.of(days, Locale.ENGLISH);

        assertEquals(365, heatmap.squares().size());
        Heatmap.Square last = heatmap.squares().get(364);
        assertEquals(Heatmap.TOP, last.y());
        assertEquals(2, last.level());
        assertEquals(4, heatmap.squares().get(363).level());
        assertEquals(2, heatmap.activeDays());
        assertEquals(11, heatmap.total());
        assertEquals(13, heatmap.totals().size());
    }

    @Test
    void shouldGradeBusyDays() {
        assertEquals(List.of(0, 1, 2, 2, 3, 3, 4), List.of(0, 1, 2, 3, 4, 6, 7).stream().map(Heatmap::level).toList());
    }
}
