package app.tropa.revisit;

import app.tropa.review.ReviewScheduler;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One revisit, kept for good: the grade, the checkpoints still held, the numbers FSRS used. */
@Entity
@Table(name = "revisit_log")
public class RevisitLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "node_id")
    public String nodeId;

    public String grade;

    @Column(name = "revisited_at")
    public Instant revisitedAt;

    /** Checkpoint indexes the learner could still tick, ascending, comma-separated. */
    public String checkpoints = "";

    /** The journal entry (kind revisit) that holds the answer. */
    @Column(name = "reflection_id")
    public Long reflectionId;

    @Column(name = "elapsed_days")
    public int elapsedDays;

    public Double retrievability;

    public double stability;

    public double difficulty;

    @Column(name = "scheduled_days")
    public int scheduledDays;

    @Column(name = "due_at")
    public Instant dueAt;

    static RevisitLog of(String nodeId, ReviewScheduler.Outcome outcome, List<Integer> checkpoints,
            Long reflectionId) {
        RevisitLog log = new RevisitLog();
        log.nodeId = nodeId;
        log.grade = outcome.grade().code();
        log.revisitedAt = outcome.reviewedAt();
        log.checkpoints = join(checkpoints);
        log.reflectionId = reflectionId;
        log.elapsedDays = (int) outcome.elapsedDays();
        log.retrievability = outcome.retrievability();
        log.stability = outcome.card().stability();
        log.difficulty = outcome.card().difficulty();
        log.scheduledDays = outcome.scheduledDays();
        log.dueAt = outcome.card().dueAt();
        return log;
    }

    public List<Integer> checkpointList() {
        return checkpoints == null || checkpoints.isBlank() ? List.of()
                : Arrays.stream(checkpoints.split(",")).map(Integer::valueOf).toList();
    }

    public static String join(List<Integer> checkpoints) {
        return checkpoints.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }
}
