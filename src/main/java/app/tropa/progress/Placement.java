package app.tropa.progress;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.http.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * "Find my place": the checkpoints a learner says they can already do, turned into progress.
 * A step with every checkpoint ticked is done; a step with some ticked is in progress with those
 * ticked; the rest stay as they are. A placement only ever adds: ticks join the ones already
 * there, and a step already done or skipped is left alone. Plain rules, no clock.
 */
public final class Placement {

    private Placement() {
    }

    /** Where a step stands before the placement. */
    public record Current(ProgressStatus status, List<Integer> ticked) {

        public static final Current UNTOUCHED = new Current(ProgressStatus.NOT_STARTED, List.of());
    }

    /** What the placement changes on one step: its status, and the checkpoints it ticks. */
    public record Change(Node node, ProgressStatus from, ProgressStatus to, List<Integer> newlyTicked) {

        public boolean movesStatus() {
            return from != to;
        }
    }

    /**
     * The changes the ticks make, in map order. Every node id must be the curriculum's and every
     * index one of its checkpoints; anything else is a 400 naming the field.
     */
    public static List<Change> changes(Curriculum curriculum, Map<String, Current> current,
            Map<String, List<Integer>> ticks) {
        check(curriculum, ticks);
        List<Change> changes = new ArrayList<>();
        for (Node node : curriculum.nodes()) {
            List<Integer> wanted = ticks.get(node.id());
            if (wanted == null || wanted.isEmpty()) {
                continue;
            }
            Current now = current.getOrDefault(node.id(), Current.UNTOUCHED);
            if (now.status().isClosed()) {
                continue;
            }
            TreeSet<Integer> added = new TreeSet<>(wanted);
            added.removeAll(now.ticked());
            TreeSet<Integer> after = new TreeSet<>(now.ticked());
            after.addAll(wanted);
            ProgressStatus to = after.size() == node.checkpoints().size() ? ProgressStatus.DONE
                    : ProgressStatus.IN_PROGRESS;
            if (to != now.status() || !added.isEmpty()) {
                changes.add(new Change(node, now.status(), to, List.copyOf(added)));
            }
        }
        return changes;
    }

    /** Every step's status once the changes are made. */
    public static Map<String, ProgressStatus> statusesAfter(Map<String, ProgressStatus> before, List<Change> changes) {
        Map<String, ProgressStatus> after = new HashMap<>(before);
        changes.forEach(c -> after.put(c.node().id(), c.to()));
        return after;
    }

    /**
     * Why the last placement can no longer be undone, if it cannot: it is undone already, the
     * learner's day it was made on has passed, or a step it changed has changed since.
     */
    public static Optional<Problem> undoRefusal(LocalDate placedOn, LocalDate today, boolean undone,
            boolean changedSince) {
        if (undone) {
            return Optional.of(new Problem(409, "placement-undone", "The last placement is already undone.",
                    Map.of()));
        }
        if (!placedOn.equals(today)) {
            return Optional.of(new Problem(409, "placement-too-late", "A placement can be undone on the day it was "
                    + "made (" + placedOn + ") only; change the steps one by one on the path instead.", Map.of()));
        }
        if (changedSince) {
            return Optional.of(new Problem(409, "placement-changed", "A step the placement changed has been changed "
                    + "since, so undoing it would lose that change; change the steps one by one on the path instead.",
                    Map.of()));
        }
        return Optional.empty();
    }

    private static void check(Curriculum curriculum, Map<String, List<Integer>> ticks) {
        for (Map.Entry<String, List<Integer>> e : ticks.entrySet()) {
            String field = "checkpoints." + e.getKey();
            Node node = curriculum.node(e.getKey()).orElseThrow(() -> Problem.badRequest("unknown-node",
                    "There is no step with id '" + e.getKey() + "' in the curriculum.", Map.of("field", field)));
            int count = node.checkpoints().size();
            for (Integer index : e.getValue() == null ? List.<Integer>of() : e.getValue()) {
                if (index == null || index < 0 || index >= count) {
                    throw Problem.badRequest("invalid-checkpoint", "Checkpoint " + index + " does not exist: step '"
                            + node.id() + "' has checkpoints 0 to " + (count - 1) + ".", Map.of("field", field));
                }
            }
        }
    }
}
