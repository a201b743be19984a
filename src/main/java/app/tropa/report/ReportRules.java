package app.tropa.report;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report's own small rules, plain Java: the days are already the learner's local days. */
final class ReportRules {

    /** The windows of "steps done recently", in days. */
    static final List<Integer> WINDOWS = List.of(30, 90, 365);

    private ReportRules() {
    }

    /** A step moving to a status, on a day: {@code to} is a progress status code. */
    record Move(String nodeId, String to, LocalDate day) {
    }

    /**
     * When the learner reached each phase and first finished a step in it. A phase counts as
     * reached on the day its first step was started (moved to in progress, or straight to done);
     * the first step done is kept beside it, since a learner may look ahead before they arrive.
     * Moves come oldest first; a phase not reached has neither day.
     */
    record PhaseDays(Optional<LocalDate> reached, Optional<LocalDate> firstDone) {
    }

    static Map<String, PhaseDays> phaseDays(Curriculum curriculum, List<Move> moves) {
        Map<String, LocalDate> reached = new LinkedHashMap<>();
        Map<String, LocalDate> firstDone = new LinkedHashMap<>();
        for (Move move : moves) {
            Optional<String> phase = curriculum.node(move.nodeId()).map(Node::phase);
            if (phase.isEmpty()) {
                continue;
            }
            if (move.to().equals("in_progress") || move.to().equals("done")) {
                reached.putIfAbsent(phase.get(), move.day());
            }
            if (move.to().equals("done")) {
                firstDone.putIfAbsent(phase.get(), move.day());
            }
        }
        Map<String, PhaseDays> days = new LinkedHashMap<>();
        for (Phase p : curriculum.phases()) {
            days.put(p.id(), new PhaseDays(Optional.ofNullable(reached.get(p.id())),
                    Optional.ofNullable(firstDone.get(p.id()))));
        }
        return days;
    }

    /** How many of the days fall within the last {@code window} days, today included. */
    static int within(Collection<LocalDate> days, LocalDate today, int window) {
        LocalDate first = today.minusDays(window - 1L);
        return (int) days.stream().filter(d -> !d.isBefore(first) && !d.isAfter(today)).count();
    }

    /** Whole days from the first day to today, both counted; none before the first day. */
    static int daysSince(LocalDate first, LocalDate today) {
        return first.isAfter(today) ? 0 : (int) (today.toEpochDay() - first.toEpochDay()) + 1;
    }

    /**
     * The share of answers that were not a lapse, in whole percent (rounded down, so a report never
     * claims more than was kept); empty when there were none.
     */
    static Optional<Integer> retention(int answers, int lapses) {
        if (answers <= 0) {
            return Optional.empty();
        }
        return Optional.of((int) Math.floor(100.0 * (answers - lapses) / answers));
    }
}
