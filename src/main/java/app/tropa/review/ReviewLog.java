package app.tropa.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One review, kept for good with the numbers FSRS used: the log is append-only. */
@Entity
@Table(name = "review_log")
public class ReviewLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "term_id")
    public String termId;

    public String grade;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "elapsed_days")
    public int elapsedDays;

    public Double retrievability;

    public double stability;

    public double difficulty;

    @Column(name = "scheduled_days")
    public int scheduledDays;

    @Column(name = "due_at")
    public Instant dueAt;

    static ReviewLog of(String termId, ReviewScheduler.Outcome outcome) {
        ReviewLog log = new ReviewLog();
        log.termId = termId;
        log.grade = outcome.grade().code();
        log.reviewedAt = outcome.reviewedAt();
        log.elapsedDays = (int) outcome.elapsedDays();
        log.retrievability = outcome.retrievability();
        log.stability = outcome.card().stability();
        log.difficulty = outcome.card().difficulty();
        log.scheduledDays = outcome.scheduledDays();
        log.dueAt = outcome.card().dueAt();
        return log;
    }
}
