package app.tropa.i18n;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Months and weeks as the pace's sentences need them, declined in Russian (weeks come from the bundle). */
@io.quarkus.test.junit.QuarkusTest
class RhythmWordsTest {

    @Test
    void aMonthAfterInIsPrepositionalInRussian() {
        assertEquals("марте 2027 года", RhythmWords.inMonth(YearMonth.of(2027, 3), Lang.RU));
        assertEquals("мае 2027 года", RhythmWords.inMonth(YearMonth.of(2027, 5), Lang.RU));
        assertEquals("March 2027", RhythmWords.inMonth(YearMonth.of(2027, 3), Lang.EN));
        assertEquals("январь 2027", RhythmWords.month(YearMonth.of(2027, 1), Lang.RU));
    }

    @Test
    void weeksAgreeWithTheirNumberInRussian() {
        assertEquals("2 недели", RhythmWords.weeks(2, Lang.RU));
        assertEquals("5 недель", RhythmWords.weeks(5, Lang.RU));
        assertEquals("8 недель", RhythmWords.weeks(8, Lang.RU));
        assertEquals("21 неделю", RhythmWords.weeks(21, Lang.RU));
        assertEquals("12 недель", RhythmWords.weeks(12, Lang.RU));
        assertEquals("8 weeks", RhythmWords.weeks(8, Lang.EN));
    }
}
