package app.tropa.tutor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Activity counted per local day: the heatmap's cells and the streak's days. */
public record Activity(LocalDate date, int count) {

    /** The {@code days} days ending today, oldest first, with zero for quiet days. */
    public static List<Activity> window(Map<LocalDate, Integer> counts, LocalDate today, int days) {
        List<Activity> window = new ArrayList<>(days);
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            window.add(new Activity(day, counts.getOrDefault(day, 0)));
        }
        return window;
    }

    public static Map<LocalDate, Integer> count(Collection<LocalDate> days) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        days.forEach(d -> counts.merge(d, 1, Integer::sum));
        return counts;
    }
}
