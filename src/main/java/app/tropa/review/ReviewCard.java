package app.tropa.review;

import java.time.Instant;

/**
 * Where one term stands in review: FSRS's memory (null until the first review), how often it was
 * reviewed and forgotten, and when it is due next.
 */
public record ReviewCard(Double stability, Double difficulty, int reps, int lapses, Instant lastReviewAt,
        Instant dueAt) {

    public boolean isNew() {
        return stability == null || difficulty == null;
    }

    Fsrs.Memory memory() {
        return new Fsrs.Memory(stability, difficulty);
    }
}
