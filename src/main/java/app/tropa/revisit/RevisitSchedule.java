package app.tropa.revisit;

import app.tropa.review.Fsrs;
import app.tropa.review.Grade;
import app.tropa.review.ReviewCard;
import app.tropa.review.ReviewScheduler;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When done steps come back, by FSRS-6 as for glossary terms, in the learner's days.
 *
 * <p>Finishing a step counts as the first recall: its memory starts with a stability of
 * {@value #FIRST_STABILITY_DAYS} days (and the difficulty of a first "good"), so at 90 % desired
 * retention the first revisit falls a week after the day it was done. Each revisit's grade then moves
 * the memory exactly as a review moves a card's: "again" brings the step back soon, "easy" far off.
 */
public final class RevisitSchedule {

    static final double FIRST_STABILITY_DAYS = 7.0;

    /**
     * At most this many steps come back for their first revisit on one day: a placement, or an
     * older backup, can make many steps done at once, and a wall of them a week later would feel
     * like a debt rather than a check.
     */
    static final int FIRST_REVISITS_PER_DAY = 3;

    /** A step entering the schedule and the day its first revisit would fall on. */
    public record Entering(String nodeId, LocalDate due) {
    }

    private static final Fsrs FSRS = Fsrs.standard();

    private final ReviewScheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;

    /** What the schedule should add and drop so that it holds exactly the done steps. */
    public record Changes(List<String> enter, List<String> leave) {
        public boolean none() {
            return enter.isEmpty() && leave.isEmpty();
        }
    }

    public RevisitSchedule(Clock clock, ZoneId zone) {
        this.scheduler = new ReviewScheduler(FSRS, clock, zone);
        this.clock = clock;
        this.zone = zone;
    }

    /** A step done at {@code doneAt} entering the schedule: first back a week after that day. */
    public ReviewCard enter(Instant doneAt) {
        double difficulty = FSRS.first(Grade.GOOD).difficulty();
        LocalDate day = LocalDate.ofInstant(doneAt, zone);
        Instant due = day.plusDays(FSRS.interval(FIRST_STABILITY_DAYS)).atStartOfDay(zone).toInstant();
        return new ReviewCard(FIRST_STABILITY_DAYS, difficulty, 0, 0, doneAt, due);
    }

    /** The same, first back on the given day (see {@link #spread}). */
    public ReviewCard enter(Instant doneAt, LocalDate firstDue) {
        ReviewCard card = enter(doneAt);
        return new ReviewCard(card.stability(), card.difficulty(), 0, 0, doneAt,
                firstDue.atStartOfDay(zone).toInstant());
    }

    /**
     * The first-revisit days of steps entering together, in the order given (the path's): each on
     * its own day, or today if that has passed, unless {@value #FIRST_REVISITS_PER_DAY} are there
     * already; then on the next day with room.
     */
    public static Map<String, LocalDate> spread(List<Entering> entering, LocalDate today) {
        Map<LocalDate, Integer> taken = new java.util.HashMap<>();
        Map<String, LocalDate> days = new java.util.LinkedHashMap<>();
        List<Entering> byDay = entering.stream()
                .sorted(java.util.Comparator.comparing((Entering e) -> e.due().isBefore(today) ? today : e.due()))
                .toList();
        for (Entering e : byDay) {
            LocalDate day = e.due().isBefore(today) ? today : e.due();
            while (taken.getOrDefault(day, 0) >= FIRST_REVISITS_PER_DAY) {
                day = day.plusDays(1);
            }
            taken.merge(day, 1, Integer::sum);
            days.put(e.nodeId(), day);
        }
        return days;
    }

    /** A revisit graded now. */
    public ReviewScheduler.Outcome revisit(ReviewCard card, Grade grade) {
        return scheduler.review(card, grade);
    }

    /** The days until the next revisit each grade would give now. */
    public Map<Grade, Integer> preview(ReviewCard card) {
        return scheduler.preview(card);
    }

    public boolean isDue(Instant dueAt) {
        return !dueAt.isAfter(clock.instant());
    }

    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /**
     * Done steps that are not scheduled enter; scheduled steps that are no longer done (skipped,
     * undone, back in progress) leave. {@code notDone} holds the curriculum's other steps, so a
     * step retired from the curriculum, in neither set, keeps its place until it comes back.
     */
    public static Changes changes(Set<String> done, Set<String> notDone, Set<String> scheduled) {
        List<String> enter = new ArrayList<>();
        for (String id : done) {
            if (!scheduled.contains(id)) {
                enter.add(id);
            }
        }
        List<String> leave = new ArrayList<>();
        for (String id : scheduled) {
            if (notDone.contains(id)) {
                leave.add(id);
            }
        }
        enter.sort(null);
        leave.sort(null);
        return new Changes(List.copyOf(enter), List.copyOf(leave));
    }
}
