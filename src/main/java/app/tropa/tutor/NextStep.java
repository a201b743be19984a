package app.tropa.tutor;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.progress.ProgressStatus;

import java.util.List;
import java.util.Map;

/**
 * A node the learner can take now, and why. Candidates: every node that is neither done nor
 * skipped and whose prerequisites are all done or skipped, in map order (phase, rung, order).
 */
public record NextStep(Node node, Reason reason, int unlocks) {

    public enum Reason {
        /** Already in progress: continue it. */
        CONTINUES,
        /** Finishing it opens other nodes. */
        UNLOCKS,
        /** Everything before it is done. */
        PREREQUISITES_DONE,
        /** It has no prerequisites: a place to start. */
        FIRST_STEP
    }

    public static List<NextStep> of(Curriculum curriculum, Map<String, ProgressStatus> statuses, int limit) {
        return curriculum.nodes().stream()
                .filter(node -> !status(statuses, node.id()).isClosed())
                .filter(node -> node.prerequisites().stream().allMatch(p -> status(statuses, p).isClosed()))
                .limit(limit)
                .map(node -> step(curriculum, statuses, node))
                .toList();
    }

    private static NextStep step(Curriculum curriculum, Map<String, ProgressStatus> statuses, Node node) {
        int unlocks = (int) curriculum.dependents(node.id()).stream()
                .filter(d -> !status(statuses, d.id()).isClosed())
                .filter(d -> d.prerequisites().stream()
                        .allMatch(p -> p.equals(node.id()) || status(statuses, p).isClosed()))
                .count();
        Reason reason;
        if (status(statuses, node.id()) == ProgressStatus.IN_PROGRESS) {
            reason = Reason.CONTINUES;
        } else if (unlocks > 0) {
            reason = Reason.UNLOCKS;
        } else if (node.prerequisites().isEmpty()) {
            reason = Reason.FIRST_STEP;
        } else {
            reason = Reason.PREREQUISITES_DONE;
        }
        return new NextStep(node, reason, unlocks);
    }

    private static ProgressStatus status(Map<String, ProgressStatus> statuses, String id) {
        return statuses.getOrDefault(id, ProgressStatus.NOT_STARTED);
    }
}
