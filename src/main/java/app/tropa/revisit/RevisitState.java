package app.tropa.revisit;

import app.tropa.review.ReviewCard;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A done step in the revisit schedule: FSRS's memory of it and when it comes back. */
@Entity
@Table(name = "revisit_state")
public class RevisitState extends PanacheEntityBase {

    @Id
    @Column(name = "node_id")
    public String nodeId;

    public double stability;

    public double difficulty;

    public int reps;

    public int lapses;

    @Column(name = "entered_at")
    public Instant enteredAt;

    @Column(name = "last_revisit_at")
    public Instant lastRevisitAt;

    @Column(name = "due_at")
    public Instant dueAt;

    ReviewCard card() {
        return new ReviewCard(stability, difficulty, reps, lapses, lastRevisitAt, dueAt);
    }

    void apply(ReviewCard card) {
        stability = card.stability();
        difficulty = card.difficulty();
        reps = card.reps();
        lapses = card.lapses();
        lastRevisitAt = card.lastReviewAt();
        dueAt = card.dueAt();
    }

    /** Whether the learner has revisited it since it entered (the first entry counts as done, not revisited). */
    boolean revisited() {
        return reps > 0;
    }
}
