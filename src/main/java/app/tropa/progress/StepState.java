package app.tropa.progress;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where each step of the map stands for the learner: done, in progress, skipped, open now (every
 * prerequisite done or skipped), or waiting for a prerequisite. Plain rules, no clock.
 */
public enum StepState {
    DONE, IN_PROGRESS, SKIPPED, AVAILABLE, WAITING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the learner can take the step now: open, or already under way. */
    public boolean takeable() {
        return this == AVAILABLE || this == IN_PROGRESS;
    }

    public static StepState of(Node node, Map<String, ProgressStatus> statuses) {
        return switch (status(statuses, node.id())) {
            case DONE -> DONE;
            case IN_PROGRESS -> IN_PROGRESS;
            case SKIPPED -> SKIPPED;
            case NOT_STARTED -> node.prerequisites().stream().allMatch(p -> status(statuses, p).isClosed())
                    ? AVAILABLE : WAITING;
        };
    }

    /** Every node's state, in map order. */
    public static Map<String, StepState> of(Curriculum curriculum, Map<String, ProgressStatus> statuses) {
        Map<String, StepState> states = new LinkedHashMap<>();
        curriculum.nodes().forEach(n -> states.put(n.id(), of(n, statuses)));
        return states;
    }

    private static ProgressStatus status(Map<String, ProgressStatus> statuses, String id) {
        return statuses.getOrDefault(id, ProgressStatus.NOT_STARTED);
    }
}
