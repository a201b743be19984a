package app.tropa.progress;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.curriculum.Rung;

import java.util.Map;

/**
 * Where the learner is on the map: the earliest phase that still has an open node (neither done
 * nor skipped) and, in it, the lowest rung with an open node. When nothing is open the learner
 * stands at the last cell, with {@code complete} set.
 */
public record Position(String phase, String rung, boolean complete) {

    public static Position of(Curriculum curriculum, Map<String, ProgressStatus> statuses) {
        for (Phase phase : curriculum.phases()) {
            for (Rung rung : curriculum.rungs()) {
                for (Node node : curriculum.cell(phase.id(), rung.id())) {
                    if (!statuses.getOrDefault(node.id(), ProgressStatus.NOT_STARTED).isClosed()) {
                        return new Position(phase.id(), rung.id(), false);
                    }
                }
            }
        }
        Phase last = curriculum.phases().get(curriculum.phases().size() - 1);
        Rung top = curriculum.rungs().get(curriculum.rungs().size() - 1);
        return new Position(last.id(), top.id(), true);
    }
}
