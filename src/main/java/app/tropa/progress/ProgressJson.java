package app.tropa.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the progress API. */
public final class ProgressJson {

    private ProgressJson() {
    }

    public record NodeState(String nodeId, ProgressStatus status, List<Integer> checkpoints, String note,
            Instant startedAt, Instant completedAt, Instant updatedAt, List<String> openPrerequisites,
            boolean retired) {
    }

    public record Count(int done, int total) {
    }

    public record CellCount(String phase, String rung, int done, int total) {
    }

    public record Overview(List<NodeState> nodes, Map<String, Count> phases, Map<String, Count> rungs,
            List<CellCount> cells, int percent) {
    }

    public record Event(long id, String nodeId, String kind, String from, String to, Integer checkpoint,
            Instant at, String curriculumVersion, String source) {

        static Event of(ProgressEvent e) {
            return new Event(e.id, e.nodeId, e.kind, e.fromValue, e.toValue, e.checkpoint, e.occurredAt,
                    e.curriculumVersion, e.source);
        }
    }
}
