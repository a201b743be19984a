package app.tropa.revisit;

import app.tropa.review.Grade;
import app.tropa.review.ReviewCard;
import app.tropa.review.ReviewScheduler;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Done steps come back on FSRS-6's schedule, in the learner's days (Moscow here). */
class RevisitScheduleTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static RevisitSchedule at(String instant) {
        return new RevisitSchedule(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), MOSCOW);
    }

    @Test
    void aStepDoneComesBackAWeekAfterTheDayItWasDone() {
        // 23:30 in Moscow on 20 November: the learner's day is the 20th, so back on the 27th.
        ReviewCard card = at("2026-11-20T20:30:00Z").enter(Instant.parse("2026-11-20T20:30:00Z"));

        assertEquals(Instant.parse("2026-11-26T21:00:00Z"), card.dueAt(), "midnight of 27 November in Moscow");
        assertEquals(7.0, card.stability());
        assertEquals(0, card.reps());
    }

    @Test
    void aStepDoneLateInTheEveningCountsForTheLearnersDayNotUtcs() {
        // 01:30 in Moscow on 21 November is still 20 November in UTC.
        ReviewCard card = at("2026-11-20T22:30:00Z").enter(Instant.parse("2026-11-20T22:30:00Z"));

        assertEquals(Instant.parse("2026-11-27T21:00:00Z"), card.dueAt(), "midnight of 28 November in Moscow");
    }

    @Test
    void eachGradeSendsTheStepFurtherThanTheOneBelowIt() {
        ReviewCard card = at("2026-11-20T10:00:00Z").enter(Instant.parse("2026-11-20T10:00:00Z"));
        RevisitSchedule onDueDay = at("2026-11-27T10:00:00Z");

        int again = onDueDay.revisit(card, Grade.AGAIN).scheduledDays();
        int hard = onDueDay.revisit(card, Grade.HARD).scheduledDays();
        int good = onDueDay.revisit(card, Grade.GOOD).scheduledDays();
        int easy = onDueDay.revisit(card, Grade.EASY).scheduledDays();

        assertTrue(again < hard && hard < good && good < easy, again + " < " + hard + " < " + good + " < " + easy);
        assertTrue(good > 7, "a good revisit on time waits longer than the first week: " + good);
        assertTrue(again <= 3, "forgotten, the step comes back within days: " + again);
    }

    @Test
    void aRevisitCountsTheDaysSinceTheStepWasDoneAndRecordsALapseOnAgain() {
        ReviewCard card = at("2026-11-20T10:00:00Z").enter(Instant.parse("2026-11-20T10:00:00Z"));

        ReviewScheduler.Outcome outcome = at("2026-11-30T10:00:00Z").revisit(card, Grade.AGAIN);

        assertEquals(10, outcome.elapsedDays());
        assertEquals(1, outcome.card().reps());
        assertEquals(1, outcome.card().lapses());
        assertEquals(Instant.parse("2026-11-30T10:00:00Z"), outcome.card().lastReviewAt());
    }

    @Test
    void theScheduleTakesInNewlyDoneStepsAndLetsGoOfStepsNoLongerDone() {
        RevisitSchedule.Changes changes = RevisitSchedule.changes(Set.of("b", "a", "c"), Set.of("d", "e"),
                Set.of("c", "d", "retired"));

        assertEquals(List.of("a", "b"), changes.enter());
        assertEquals(List.of("d"), changes.leave(), "a retired step, in neither set, keeps its place");
    }

    @Test
    void aScheduleThatMatchesProgressNeedsNoChange() {
        assertTrue(RevisitSchedule.changes(Set.of("a"), Set.of("b"), Set.of("a")).none());
    }

    @Test
    void russianDayCountsTakeTheirThreeForms() {
        assertEquals(List.of(app.tropa.i18n.Plural.ONE, app.tropa.i18n.Plural.FEW, app.tropa.i18n.Plural.MANY,
                app.tropa.i18n.Plural.MANY, app.tropa.i18n.Plural.ONE, app.tropa.i18n.Plural.FEW,
                app.tropa.i18n.Plural.MANY), List.of(1, 3, 5, 11, 21, 22, 112).stream()
                .map(n -> app.tropa.i18n.Plural.of(n, app.tropa.i18n.Lang.RU)).toList());
        assertEquals(app.tropa.i18n.Plural.MANY, app.tropa.i18n.Plural.of(21, app.tropa.i18n.Lang.EN), "21 days");
    }

    @Test
    void aFirstRevisitCountsAsDueOnlyAWeekAfterTheStepWasDoneAndLaterOnesByThePreviousDate() {
        ZoneId utc = ZoneOffset.UTC;
        List<app.tropa.review.MemoryStats.Graded> graded = RevisitStats.graded(List.of(
                new RevisitStats.Row("a", "good", Instant.parse("2026-11-05T10:00:00Z"), 4,
                        Instant.parse("2026-11-20T00:00:00Z")),
                new RevisitStats.Row("a", "again", Instant.parse("2026-11-21T10:00:00Z"), 16,
                        Instant.parse("2026-11-23T00:00:00Z")),
                new RevisitStats.Row("b", "hard", Instant.parse("2026-11-21T10:00:00Z"), 9,
                        Instant.parse("2026-12-01T00:00:00Z"))), utc);

        assertEquals(List.of(false, true, true), graded.stream().map(g -> g.wasDue()).toList());
        assertEquals(List.of(false, true, false), graded.stream().map(g -> g.again()).toList());
    }

    @Test
    void manyStepsDoneAtOnceComeBackAtMostThreeADayInPathOrderAndOverdueOnesFromToday() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 2);
        java.time.LocalDate week = today.plusDays(7);
        List<RevisitSchedule.Entering> placed = List.of("a", "b", "c", "d", "e").stream()
                .map(id -> new RevisitSchedule.Entering(id, week)).toList();
        List<RevisitSchedule.Entering> old = List.of(new RevisitSchedule.Entering("x", today.minusDays(100)),
                new RevisitSchedule.Entering("y", today.minusDays(3)));

        java.util.Map<String, java.time.LocalDate> days = RevisitSchedule.spread(
                java.util.stream.Stream.concat(old.stream(), placed.stream()).toList(), today);

        assertEquals(today, days.get("x"));
        assertEquals(today, days.get("y"));
        assertEquals(List.of(week, week, week, week.plusDays(1), week.plusDays(1)),
                List.of("a", "b", "c", "d", "e").stream().map(days::get).toList());
    }
}
