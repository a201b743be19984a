package app.tropa.journal;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which earlier days come back on a given day: exactly 1, 3 and 6 months before, and the same
 * day in every earlier year. "Exactly" is calendar arithmetic from the old day forward, so every
 * entry comes back once per interval: when the day does not exist in the later month it comes
 * back on that month's last day — 31 January on 28 (or 29) February, 29 February on 28 February
 * of a common year.
 */
public final class OnThisDay {

    static final int[] MONTHS = {1, 3, 6};

    private OnThisDay() {
    }

    /** How long ago, as the API names it: "1 month", "3 months", "1 year", "2 years". */
    public record Ago(int years, int months) {

        public String code() {
            int n = years > 0 ? years : months;
            String unit = years > 0 ? "year" : "month";
            return n + " " + unit + (n == 1 ? "" : "s");
        }

        Period period() {
            return Period.of(years, months, 0);
        }
    }

    /**
     * The earlier days whose entries come back on {@code day}, nearest interval first, looking
     * back no further than the year of {@code earliest} (the first entry's day).
     */
    public static Map<LocalDate, Ago> sources(LocalDate day, LocalDate earliest) {
        Map<LocalDate, Ago> sources = new LinkedHashMap<>();
        if (earliest == null || !earliest.isBefore(day)) {
            return sources;
        }
        for (int months : MONTHS) {
            Ago ago = new Ago(0, months);
            for (LocalDate d = firstCandidate(day, ago); d != null; d = nextCandidate(d, day, ago)) {
                sources.putIfAbsent(d, ago);
            }
        }
        for (int years = 1; years <= day.getYear() - earliest.getYear(); years++) {
            Ago ago = new Ago(years, 0);
            for (LocalDate d = firstCandidate(day, ago); d != null; d = nextCandidate(d, day, ago)) {
                sources.putIfAbsent(d, ago);
            }
        }
        return sources;
    }

    /** True when an entry written on {@code written} comes back on {@code day} after {@code ago}. */
    public static boolean comesBack(LocalDate written, LocalDate day, Ago ago) {
        return written.plus(ago.period()).equals(day);
    }

    /*
     * Every day that lands on `day` lies in the month `day - period` falls in, from that day to
     * the month's end (later days only when `day` is a month's last day and the clamp applies).
     */
    private static LocalDate firstCandidate(LocalDate day, Ago ago) {
        LocalDate d = day.minus(ago.period());
        return comesBack(d, day, ago) ? d : nextCandidate(d, day, ago);
    }

    private static LocalDate nextCandidate(LocalDate d, LocalDate day, Ago ago) {
        for (LocalDate next = d.plusDays(1); next.getMonth() == d.getMonth(); next = next.plusDays(1)) {
            if (comesBack(next, day, ago)) {
                return next;
            }
        }
        return null;
    }
}
