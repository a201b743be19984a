package app.tropa.progress;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.curriculum.Rung;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Done and total per phase, rung and cell. A skipped node counts as neither done nor open: it
 * leaves the total, so skipping never lowers nor raises the share of what is done.
 */
final class ProgressCounts {

    private ProgressCounts() {
    }

    static ProgressJson.Overview overview(Curriculum c, Map<String, ProgressStatus> statuses,
            List<ProgressJson.NodeState> nodes) {
        Map<String, ProgressJson.Count> phases = new LinkedHashMap<>();
        for (Phase phase : c.phases()) {
            phases.put(phase.id(), count(c, statuses, n -> n.phase().equals(phase.id())));
        }
        Map<String, ProgressJson.Count> rungs = new LinkedHashMap<>();
        for (Rung rung : c.rungs()) {
            rungs.put(rung.id(), count(c, statuses, n -> n.rung().equals(rung.id())));
        }
        List<ProgressJson.CellCount> cells = new ArrayList<>();
        for (Phase phase : c.phases()) {
            for (Rung rung : c.rungs()) {
                ProgressJson.Count count = count(c, statuses,
                        n -> n.phase().equals(phase.id()) && n.rung().equals(rung.id()));
                cells.add(new ProgressJson.CellCount(phase.id(), rung.id(), count.done(), count.total()));
            }
        }
        ProgressJson.Count all = count(c, statuses, n -> true);
        return new ProgressJson.Overview(nodes, phases, rungs, cells, percent(all));
    }

    static ProgressJson.Count count(Curriculum c, Map<String, ProgressStatus> statuses, Predicate<Node> which) {
        int done = 0;
        int total = 0;
        for (Node node : c.nodes()) {
            if (!which.test(node)) {
                continue;
            }
            ProgressStatus status = statuses.getOrDefault(node.id(), ProgressStatus.NOT_STARTED);
            if (status == ProgressStatus.SKIPPED) {
                continue;
            }
            total++;
            if (status == ProgressStatus.DONE) {
                done++;
            }
        }
        return new ProgressJson.Count(done, total);
    }

    static int percent(ProgressJson.Count count) {
        return count.total() == 0 ? 0 : (int) Math.floor(100.0 * count.done() / count.total());
    }
}
