package app.tropa.review;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Due days in the learner's zone, counted by local dates; FSRS-6 at 90 % retention. */
class ReviewSchedulerTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    static ReviewScheduler at(String instant) {
        return new ReviewScheduler(Fsrs.standard(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), MOSCOW);
    }

    @Test
    void shouldBeDueFromTheStartOfTheNextLocalDayAfterEntering() {
        // 22:30 in Moscow on 20 November
        ReviewCard card = at("2026-11-20T19:30:00Z").enter();

        assertEquals(Instant.parse("2026-11-20T21:00:00Z"), card.dueAt());
        assertTrue(card.isNew());
        assertFalse(at("2026-11-20T20:59:59Z").isDue(card));
        assertTrue(at("2026-11-20T21:00:00Z").isDue(card));
    }

    @Test
    void shouldScheduleWholeDaysFromTheWorkedExample() {
        ReviewCard card = at("2026-11-19T09:00:00Z").enter();
        ReviewScheduler.Outcome first = at("2026-11-21T09:00:00Z").review(card, Grade.GOOD);

        assertEquals(2, first.scheduledDays());
        assertEquals(Instant.parse("2026-11-22T21:00:00Z"), first.card().dueAt());
        assertNull(first.retrievability());
        assertEquals(1, first.card().reps());

        ReviewScheduler.Outcome second = at("2026-11-23T09:00:00Z").review(first.card(), Grade.GOOD);
        assertEquals(2, second.elapsedDays());
        assertEquals(0.9094932559773545, second.retrievability(), 1e-9);
        assertEquals(10.964332335820703, second.card().stability(), 1e-9);
        assertEquals(11, second.scheduledDays());
        assertEquals(Instant.parse("2026-12-03T21:00:00Z"), second.card().dueAt());
    }

    @Test
    void shouldCountDaysByLocalDateNotByHours() {
        ReviewCard card = at("2026-11-20T19:00:00Z").review(at("2026-11-19T09:00:00Z").enter(), Grade.GOOD).card();

        // 22:00 → 08:00 the next morning in Moscow: ten hours, one day
        ReviewScheduler.Outcome next = at("2026-11-21T05:00:00Z").review(card, Grade.GOOD);
        assertEquals(1, next.elapsedDays());
    }

    @Test
    void shouldCountALapseOnlyForATermAlreadyReviewed() {
        ReviewCard entered = at("2026-11-19T09:00:00Z").enter();
        ReviewCard forgotFirst = at("2026-11-20T09:00:00Z").review(entered, Grade.AGAIN).card();
        assertEquals(0, forgotFirst.lapses());
        assertEquals(Instant.parse("2026-11-20T21:00:00Z"), forgotFirst.dueAt());

        ReviewCard forgotAgain = at("2026-11-21T09:00:00Z").review(forgotFirst, Grade.AGAIN).card();
        assertEquals(1, forgotAgain.lapses());
        assertEquals(2, forgotAgain.reps());
    }

    @Test
    void shouldPreviewTheIntervalOfEachGrade() {
        ReviewCard card = at("2026-11-19T09:00:00Z").enter();

        assertEquals(Map.of(Grade.AGAIN, 1, Grade.HARD, 1, Grade.GOOD, 2, Grade.EASY, 8),
                at("2026-11-20T09:00:00Z").preview(card));
    }
}
