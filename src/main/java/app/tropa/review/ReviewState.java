package app.tropa.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A term in spaced review: FSRS's memory of it and when it is due. */
@Entity
@Table(name = "review_state")
public class ReviewState extends PanacheEntityBase {

    @Id
    @Column(name = "term_id")
    public String termId;

    public Double stability;

    public Double difficulty;

    public int reps;

    public int lapses;

    @Column(name = "entered_at")
    public Instant enteredAt;

    @Column(name = "last_review_at")
    public Instant lastReviewAt;

    @Column(name = "due_at")
    public Instant dueAt;

    ReviewCard card() {
        return new ReviewCard(stability, difficulty, reps, lapses, lastReviewAt, dueAt);
    }

    void apply(ReviewCard card) {
        stability = card.stability();
        difficulty = card.difficulty();
        reps = card.reps();
        lapses = card.lapses();
        lastReviewAt = card.lastReviewAt();
        dueAt = card.dueAt();
    }
}
