package app.tropa.progress;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When the learner reaches each phase at the pace they actually keep. Plain Java with an injected
 * clock.
 *
 * <p>The pace is the curriculum's effort hours of the steps done in the last eight weeks, per
 * week. A learner who began less than eight weeks ago is measured over the weeks since the first
 * thing they did; with less than two weeks of history there is no projection at all — a few days
 * say nothing about a pace. Steps count by effort, not by number, because steps differ: a
 * four-hour step ahead takes as long as two two-hour ones. Reaching a phase means every step of the
 * phases before it is done or skipped; the path is finished when every step is. The remaining
 * effort divided by the hours per week gives the weeks from today.
 */
public final class Pace {

    /** How far back the pace is measured. */
    public static final Duration WINDOW = Duration.ofDays(56);
    /** Less history than this gives no projection. */
    public static final Duration MIN_HISTORY = Duration.ofDays(14);
    /** The key for the whole path among targets. */
    public static final String PATH = "path";

    private final Clock clock;
    private final ZoneId zone;

    /** One step of the path: its phase, effort, whether it is closed, and when it was done (else null). */
    public record Step(String phase, double effortHours, boolean closed, Instant doneAt) {
    }

    /** The measured pace over {@code days} of history: steps and effort hours a week. */
    public record Measure(int days, int stepsDone, double hoursDone) {

        public double weeks() {
            return days / 7.0;
        }

        public double hoursPerWeek() {
            return hoursDone / weeks();
        }

        public double stepsPerWeek() {
            return stepsDone / weeks();
        }
    }

    /**
     * Where one goal stands: {@code key} a phase id or {@code path}; {@code reached} already;
     * otherwise {@code projected} (null when there is no pace to project from). {@code holds} is
     * null without a target or a projection.
     */
    public record Goal(String key, boolean reached, LocalDate projected, LocalDate target) {

        @JsonProperty
        public YearMonth projectedMonth() {
            return projected == null ? null : YearMonth.from(projected);
        }

        @JsonProperty
        public Boolean holds() {
            if (target == null) {
                return null;
            }
            if (reached) {
                return true;
            }
            return projected == null ? null : !projected.isAfter(target);
        }
    }

    /** {@code measure} is null with too little history; goals per phase in order, then the path. */
    public record Projection(LocalDate today, Measure measure, boolean enoughHistory, List<Goal> phases, Goal path) {

        /** A pace to project from: enough history and something done in it. */
        public boolean hasPace() {
            return enoughHistory && measure.hoursDone() > 0;
        }

        /** The first phase not reached yet, if any. */
        public Goal nextPhase() {
            return phases.stream().filter(g -> !g.reached()).findFirst().orElse(null);
        }
    }

    public Pace(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** When {@link #project} may answer otherwise with the same steps and targets, besides at midnight. */
    public Instant nextChange(List<Step> steps, Instant firstActivity) {
        return nextChange(steps, firstActivity, clock.instant());
    }

    /**
     * @param phases the phase ids in path order
     * @param steps every step of the path
     * @param firstActivity when the learner first did anything on the path (null: never)
     * @param targets target dates by phase id or {@link #PATH}
     */
    public Projection project(List<String> phases, List<Step> steps, Instant firstActivity,
            Map<String, LocalDate> targets) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Measure measure = measure(steps, firstActivity, now);
        boolean enough = measure != null;
        double perWeek = enough && measure.hoursDone() > 0 ? measure.hoursPerWeek() : 0;
        List<Goal> goals = new ArrayList<>();
        double before = 0;
        for (String phase : phases) {
            goals.add(goal(phase, before, perWeek, today, targets.get(phase)));
            before += remaining(steps, phase);
        }
        Goal path = goal(PATH, before, perWeek, today, targets.get(PATH));
        return new Projection(today, measure, enough, goals, path);
    }

    private static Goal goal(String key, double remaining, double perWeek, LocalDate today, LocalDate target) {
        if (remaining <= 0) {
            return new Goal(key, true, null, target);
        }
        if (perWeek <= 0) {
            return new Goal(key, false, null, target);
        }
        long days = (long) Math.ceil(remaining / perWeek * 7);
        return new Goal(key, false, today.plusDays(days), target);
    }

    private static double remaining(List<Step> steps, String phase) {
        return steps.stream().filter(s -> s.phase().equals(phase) && !s.closed()).mapToDouble(Step::effortHours).sum();
    }

    /**
     * The first instant after {@code now} at which {@link #measure} may answer otherwise with the
     * same steps: two weeks of history reached, another whole day in a window not yet full, a step
     * leaving the window (or one dated later than now entering it). Null: not before the steps change.
     */
    static Instant nextChange(List<Step> steps, Instant firstActivity, Instant now) {
        if (firstActivity == null) {
            return null;
        }
        List<Instant> ends = new ArrayList<>();
        ends.add(firstActivity.plus(MIN_HISTORY));
        if (firstActivity.isAfter(now.minus(WINDOW))) {
            long days = Duration.between(firstActivity, now).toDays();
            ends.add(firstActivity.plus(Duration.ofDays(days + 1)));
        }
        for (Step s : steps) {
            if (s.doneAt() != null) {
                ends.add(s.doneAt().isAfter(now) ? s.doneAt() : s.doneAt().plus(WINDOW).plusNanos(1));
            }
        }
        return ends.stream().filter(at -> at.isAfter(now)).min(Instant::compareTo).orElse(null);
    }

    /** The pace over the window, or over the history when shorter; null under two weeks of it. */
    static Measure measure(List<Step> steps, Instant firstActivity, Instant now) {
        if (firstActivity == null || Duration.between(firstActivity, now).compareTo(MIN_HISTORY) < 0) {
            return null;
        }
        Instant from = firstActivity.isAfter(now.minus(WINDOW)) ? firstActivity : now.minus(WINDOW);
        int days = (int) Duration.between(from, now).toDays();
        int count = 0;
        double hours = 0;
        for (Step s : steps) {
            if (s.doneAt() != null && !s.doneAt().isBefore(from) && !s.doneAt().isAfter(now)) {
                count++;
                hours += s.effortHours();
            }
        }
        return new Measure(days, count, hours);
    }
}
