package app.tropa.review;

import java.time.Instant;

/** The JSON shapes of the review API. */
public final class ReviewJson {

    public static final String ALGORITHM = "FSRS-6";

    private ReviewJson() {
    }

    /** {@code POST /api/reviews}: a term and how well the learner recalled it. */
    public record Input(String termId, String grade) {
    }

    public record Due(String termId, String title, Instant dueAt) {
    }

    /** A review's result: the new schedule and FSRS's state after it. */
    public record Result(String termId, Grade grade, Instant reviewedAt, Instant dueAt, int reps, int lapses,
            double stability, double difficulty, Double retrievability, long elapsedDays, int scheduledDays,
            String algorithm, double desiredRetention) {

        static Result of(String termId, ReviewScheduler.Outcome o, double retention) {
            ReviewCard c = o.card();
            return new Result(termId, o.grade(), o.reviewedAt(), c.dueAt(), c.reps(), c.lapses(), c.stability(),
                    c.difficulty(), o.retrievability(), o.elapsedDays(), o.scheduledDays(), ALGORITHM, retention);
        }
    }

    /** A question kept for review: its id, the step, the texts, its key in review and when it is due. */
    public record KeptQuestion(long id, String nodeId, String question, String answer, String reviewKey,
            java.time.Instant dueAt) {
    }
}
