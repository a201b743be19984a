package app.tropa.journal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which earlier days come back on a day: plain date arithmetic, no Quarkus. */
class OnThisDayTest {

    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    private static Map<LocalDate, String> sources(String day) {
        Map<LocalDate, String> codes = new LinkedHashMap<>();
        OnThisDay.sources(LocalDate.parse(day), LONG_AGO).forEach((d, ago) -> codes.put(d, ago.code()));
        return codes;
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void shouldBringBackOneThreeAndSixMonthsAndEveryEarlierYear() {
        Map<LocalDate, String> s = sources("2026-11-22");

        assertEquals("1 month", s.get(d("2026-10-22")));
        assertEquals("3 months", s.get(d("2026-08-22")));
        assertEquals("6 months", s.get(d("2026-05-22")));
        assertEquals("1 year", s.get(d("2025-11-22")));
        assertEquals("2 years", s.get(d("2024-11-22")));
        assertEquals("6 years", s.get(d("2020-11-22")));
        assertEquals(9, s.size(), s.toString());
    }

    @Test
    void shouldListNearestIntervalFirst() {
        assertEquals("[1 month, 3 months, 6 months, 1 year, 2 years]",
                OnThisDay.sources(d("2026-11-22"), d("2024-03-01")).values().stream().map(OnThisDay.Ago::code)
                        .toList().toString());
    }

    @Test
    void shouldCrossTheYearBoundaryForMonths() {
        Map<LocalDate, String> s = sources("2027-01-15");

        assertEquals("1 month", s.get(d("2026-12-15")));
        assertEquals("3 months", s.get(d("2026-10-15")));
        assertEquals("6 months", s.get(d("2026-07-15")));
        assertEquals("1 year", s.get(d("2026-01-15")));
    }

    @Test
    void shouldBringBackTheLastDaysOfALongerMonthOnTheLastDayOfAShorterOne() {
        Map<LocalDate, String> s = sources("2026-02-28");

        assertEquals("1 month", s.get(d("2026-01-28")));
        assertEquals("1 month", s.get(d("2026-01-29")));
        assertEquals("1 month", s.get(d("2026-01-30")));
        assertEquals("1 month", s.get(d("2026-01-31")));
        assertEquals("3 months", s.get(d("2025-11-28")));
        assertEquals("3 months", s.get(d("2025-11-30")));
        assertEquals("6 months", s.get(d("2025-08-31")));
    }

    @Test
    void shouldBringBackEachDayOnceOnly() {
        // 31 January came back on 28 February; on 28 March only 28 February returns, not 31 January.
        Map<LocalDate, String> march28 = sources("2026-03-28");
        assertEquals("1 month", march28.get(d("2026-02-28")));
        assertFalse(march28.containsKey(d("2026-01-31")));

        // February has no 29th to 31st in 2026, so nothing from February returns on 31 March.
        Map<LocalDate, String> march31 = sources("2026-03-31");
        assertTrue(march31.keySet().stream().noneMatch(day -> day.getMonthValue() == 2 && day.getYear() == 2026),
                march31.toString());
        assertEquals("3 months", march31.get(d("2025-12-31")));
    }

    @Test
    void shouldBringBackTwentyNinthOfFebruaryOnTwentyEighthInCommonYears() {
        Map<LocalDate, String> s = sources("2025-02-28");

        assertEquals("1 year", s.get(d("2024-02-28")));
        assertEquals("1 year", s.get(d("2024-02-29")));
        assertFalse(s.containsKey(d("2024-03-01")));
    }

    @Test
    void shouldBringBackTwentyNinthOfFebruaryOnItselfInLeapYears() {
        Map<LocalDate, String> s = sources("2028-02-29");

        assertEquals("4 years", s.get(d("2024-02-29")));
        assertFalse(s.containsKey(d("2027-02-28")), "28 February came back the day before");
        assertEquals("1 month", s.get(d("2028-01-29")));
        assertEquals("1 month", s.get(d("2028-01-31")));
        assertEquals("6 months", s.get(d("2027-08-29")));
        assertEquals("6 months", s.get(d("2027-08-31")));
    }

    @Test
    void shouldKeepTwentyEighthOfFebruaryOnItsOwnDayInLeapYears() {
        Map<LocalDate, String> s = sources("2028-02-28");

        assertEquals("1 year", s.get(d("2027-02-28")));
        assertEquals("4 years", s.get(d("2024-02-28")));
        assertFalse(s.containsKey(d("2024-02-29")));
        assertEquals("1 month", s.get(d("2028-01-28")));
        assertFalse(s.containsKey(d("2028-01-29")), "29 January comes back on 29 February in a leap year");
    }

    @Test
    void shouldBringBackThirtyFirstOfAugustSixMonthsLaterOnTheLastDayOfFebruary() {
        assertEquals("6 months", sources("2027-02-28").get(d("2026-08-31")));
        assertFalse(sources("2027-02-27").containsKey(d("2026-08-31")));
    }

    @Test
    void shouldFindNothingWithoutEarlierEntries() {
        assertTrue(OnThisDay.sources(d("2026-11-22"), null).isEmpty());
        assertTrue(OnThisDay.sources(d("2026-11-22"), d("2026-11-22")).isEmpty());
    }

    @Test
    void shouldLookBackOnlyToTheFirstEntrysYear() {
        Map<LocalDate, OnThisDay.Ago> s = OnThisDay.sources(d("2026-11-22"), d("2025-12-01"));

        assertTrue(s.containsKey(d("2025-11-22")), "the year of the first entry is still searched");
        assertFalse(s.containsKey(d("2024-11-22")));
    }

    @Test
    void shouldAgreeWithCalendarArithmeticForEveryDayOfTwoYears() {
        for (LocalDate day = d("2027-01-01"); day.isBefore(d("2029-01-01")); day = day.plusDays(1)) {
            Map<LocalDate, OnThisDay.Ago> s = OnThisDay.sources(day, LONG_AGO);
            for (Map.Entry<LocalDate, OnThisDay.Ago> e : s.entrySet()) {
                assertTrue(OnThisDay.comesBack(e.getKey(), day, e.getValue()), day + " ← " + e);
            }
            for (LocalDate old = day.minusMonths(7); old.isBefore(day); old = old.plusDays(1)) {
                for (int months : OnThisDay.MONTHS) {
                    OnThisDay.Ago ago = new OnThisDay.Ago(0, months);
                    assertEquals(OnThisDay.comesBack(old, day, ago), ago.equals(s.get(old)), day + " ← " + old);
                }
            }
        }
    }
}
