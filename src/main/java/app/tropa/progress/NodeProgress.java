package app.tropa.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The learner's current state on one node; its history is in {@link ProgressEvent}. */
@Entity
@Table(name = "node_progress")
public class NodeProgress extends PanacheEntityBase {

    @Id
    @Column(name = "node_id")
    public String nodeId;

    public ProgressStatus status = ProgressStatus.NOT_STARTED;

    /** Ticked checkpoint indexes, ascending, comma-separated. */
    public String checkpoints = "";

    public String note;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "curriculum_version")
    public String curriculumVersion;

    public List<Integer> tickedCheckpoints() {
        if (checkpoints == null || checkpoints.isBlank()) {
            return List.of();
        }
        return Arrays.stream(checkpoints.split(",")).map(Integer::valueOf).toList();
    }

    public void tick(List<Integer> indexes) {
        checkpoints = indexes.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }
}
