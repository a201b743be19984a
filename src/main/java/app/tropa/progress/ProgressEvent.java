package app.tropa.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change to progress, kept for good: the log is append-only. */
@Entity
@Table(name = "progress_event")
public class ProgressEvent extends PanacheEntityBase {

    public static final String STATUS = "status";
    public static final String CHECKPOINT_TICKED = "checkpoint_ticked";
    public static final String CHECKPOINT_UNTICKED = "checkpoint_unticked";
    public static final String NOTE = "note";

    /** A change made by a placement ("find my place"), and one made by undoing it. */
    public static final String PLACEMENT = "placement";
    public static final String PLACEMENT_UNDO = "placement-undo";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "node_id")
    public String nodeId;

    public String kind;

    @Column(name = "from_value")
    public String fromValue;

    @Column(name = "to_value")
    public String toValue;

    public Integer checkpoint;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "curriculum_version")
    public String curriculumVersion;

    /** Null for the learner's own marks; {@link #PLACEMENT} or {@link #PLACEMENT_UNDO} otherwise. */
    public String source;

    static ProgressEvent of(String nodeId, String kind, String from, String to, Integer checkpoint, Instant at,
            String version) {
        ProgressEvent e = new ProgressEvent();
        e.nodeId = nodeId;
        e.kind = kind;
        e.fromValue = from;
        e.toValue = to;
        e.checkpoint = checkpoint;
        e.occurredAt = at;
        e.curriculumVersion = version;
        return e;
    }
}
