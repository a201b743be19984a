package app.tropa.glossary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One version of the learner's metaphor for a term. Never changed or deleted once written. */
@Entity
@Table(name = "metaphor_version")
public class MetaphorVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "term_id")
    public String termId;

    public int version;

    @Column(name = "body")
    public String text;

    /** The learner's phase of the journey when they wrote it. */
    public String phase;

    /** The earlier version this one brings back, or null for newly written text. */
    @Column(name = "restored_from")
    public Integer restoredFrom;

    /** True when the text is the seeds' sample metaphor, unchanged. */
    @Column(name = "from_sample")
    public boolean fromSample;

    @Column(name = "created_at")
    public Instant createdAt;
}
