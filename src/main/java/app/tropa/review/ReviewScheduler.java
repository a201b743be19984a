package app.tropa.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * When terms come due, by FSRS-6 ({@link Fsrs}) in the learner's days. Intervals are whole days:
 * a term is due from the start of its due day in the learner's zone, and the days between two
 * reviews are counted between their local dates (as Anki does), so reviewing at 23:00 and again at
 * 08:00 is one day apart. The clock is injected, so the schedule is deterministic.
 */
public final class ReviewScheduler {

    private final Fsrs fsrs;
    private final Clock clock;
    private final ZoneId zone;

    /** One review's result: the card after it and the numbers that decided it. */
    public record Outcome(ReviewCard card, Grade grade, Instant reviewedAt, long elapsedDays, Double retrievability,
            int scheduledDays) {
    }

    public ReviewScheduler(Fsrs fsrs, Clock clock, ZoneId zone) {
        this.fsrs = fsrs;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * A term entering review: due from tomorrow, so the first recall is not straight after writing
     * the metaphor, when it would test only short-term memory.
     */
    public ReviewCard enter() {
        return new ReviewCard(null, null, 0, 0, null, startOf(today().plusDays(1)));
    }

    public boolean isDue(ReviewCard card) {
        return !card.dueAt().isAfter(clock.instant());
    }

    public Outcome review(ReviewCard card, Grade grade) {
        Instant now = clock.instant();
        LocalDate today = today();
        Fsrs.Memory memory;
        long elapsed = 0;
        Double retrievability = null;
        if (card.isNew()) {
            memory = fsrs.first(grade);
        } else {
            elapsed = Math.max(0, ChronoUnit.DAYS.between(day(card.lastReviewAt()), today));
            if (elapsed >= 1) {
                retrievability = fsrs.retrievability(elapsed, card.stability());
            }
            memory = fsrs.next(card.memory(), grade, elapsed);
        }
        int interval = fsrs.interval(memory.stability());
        boolean lapse = grade == Grade.AGAIN && !card.isNew();
        ReviewCard next = new ReviewCard(memory.stability(), memory.difficulty(), card.reps() + 1,
                card.lapses() + (lapse ? 1 : 0), now, startOf(today.plusDays(interval)));
        return new Outcome(next, grade, now, elapsed, retrievability, interval);
    }

    /** The interval in days each grade would give now, to show on the grade buttons. */
    public Map<Grade, Integer> preview(ReviewCard card) {
        Map<Grade, Integer> days = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            days.put(grade, review(card, grade).scheduledDays());
        }
        return days;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
