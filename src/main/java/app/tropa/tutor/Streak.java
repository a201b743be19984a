package app.tropa.tutor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Runs of consecutive days with any activity, in the learner's own days. The current streak
 * counts back from today, or from yesterday while today has no activity yet (a streak is not
 * lost before the day is over).
 */
public record Streak(int current, int longest) {

    public static Streak of(Collection<LocalDate> activeDays, LocalDate today) {
        TreeSet<LocalDate> days = new TreeSet<>(activeDays);
        days.removeIf(d -> d.isAfter(today));
        return new Streak(current(days, today), longest(days));
    }

    /** The same, from the moments of activity, each counted on its day in the learner's zone. */
    public static Streak of(Collection<Instant> moments, ZoneId zone, Instant now) {
        return of(moments.stream().map(at -> LocalDate.ofInstant(at, zone)).toList(), LocalDate.ofInstant(now, zone));
    }

    private static int current(TreeSet<LocalDate> days, LocalDate today) {
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int run = 0;
        while (days.contains(day)) {
            run++;
            day = day.minusDays(1);
        }
        return run;
    }

    private static int longest(TreeSet<LocalDate> days) {
        int best = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            best = Math.max(best, run);
            previous = day;
        }
        return best;
    }
}
