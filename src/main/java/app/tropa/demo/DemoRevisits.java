package app.tropa.demo;

import app.tropa.exchange.Records;
import app.tropa.progress.ProgressStatus;
import app.tropa.review.Grade;
import app.tropa.review.ReviewCard;
import app.tropa.review.ReviewScheduler;
import app.tropa.revisit.RevisitSchedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo learner's revisits: each done step comes back on the real schedule and is revisited a day
 * or two after it falls due, mostly remembered, sometimes not, each answer a journal entry of kind
 * revisit. Steps that fell due in the last few days are left due, so a first look has some to do.
 */
final class DemoRevisits {

    private static final int LEFT_DUE_DAYS = 4;

    private final DemoClock clock;
    private final DemoJournal journal;
    final List<Records.RevisitState> states = new ArrayList<>();
    final List<Records.Revisit> log = new ArrayList<>();

    DemoRevisits(DemoClock clock, DemoPath path, DemoJournal journal) {
        this.clock = clock;
        this.journal = journal;
        for (DemoPath.Step step : path.steps()) {
            if (step.outcome() == ProgressStatus.DONE && clock.past(step.closedAt())) {
                revisit(step);
            }
        }
    }

    private void revisit(DemoPath.Step step) {
        ReviewCard card = schedule(step.closedAt()).enter(step.closedAt());
        Instant stopBy = clock.now.minusSeconds(LEFT_DUE_DAYS * 86_400L);
        while (card.dueAt().isBefore(stopBy)) {
            LocalDate day = LocalDate.ofInstant(card.dueAt(), clock.zone).plusDays(clock.between(0, 2));
            Instant at = clock.evening(day);
            if (!clock.past(at)) {
                break;
            }
            Grade grade = grade();
            ReviewScheduler.Outcome o = schedule(at).revisit(card, grade);
            card = o.card();
            log.add(new Records.Revisit(step.node().id(), grade.code(), at, held(step, grade), (int) o.elapsedDays(),
                    o.retrievability(), card.stability(), card.difficulty(), o.scheduledDays(), card.dueAt()));
            journal.revisitAnswer(step.node(), at, day);
        }
        states.add(new Records.RevisitState(step.node().id(), card.stability(), card.difficulty(), card.reps(),
                card.lapses(), step.closedAt(), card.lastReviewAt(), card.dueAt()));
    }

    private RevisitSchedule schedule(Instant at) {
        return new RevisitSchedule(Clock.fixed(at, clock.zone), clock.zone);
    }

    private Grade grade() {
        double r = clock.random.nextDouble();
        return r < 0.06 ? Grade.AGAIN : r < 0.22 ? Grade.HARD : r < 0.9 ? Grade.GOOD : Grade.EASY;
    }

    /** Every checkpoint after a good recall; after a weak one, some are gone. */
    private List<Integer> held(DemoPath.Step step, Grade grade) {
        List<Integer> held = new ArrayList<>();
        for (int i = 0; i < step.node().checkpoints().size(); i++) {
            if (grade == Grade.GOOD || grade == Grade.EASY || clock.chance(0.5)) {
                held.add(i);
            }
        }
        return held;
    }
}
