package app.tropa.glossary;

import java.time.Instant;

/** Where a term stands in spaced review, as the glossary shows it beside the term. */
public record ReviewMark(Instant dueAt, int reps, int lapses, Double stability, Double difficulty,
        Instant lastReviewAt) {
}
