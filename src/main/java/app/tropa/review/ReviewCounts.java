package app.tropa.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** How much the learner has reviewed, for the progress report: counts only, never a term's text. */
@ApplicationScoped
public class ReviewCounts {

    /** Reviews made, those graded "again", and the terms and questions in review now. */
    public record Tally(int reviews, int again, int inReview) {
    }

    @Transactional
    public Tally tally() {
        long reviews = ReviewLog.count();
        long again = ReviewLog.count("grade", Grade.AGAIN.code());
        return new Tally((int) reviews, (int) again, (int) ReviewState.count());
    }
}
