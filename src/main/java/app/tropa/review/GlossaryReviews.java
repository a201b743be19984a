package app.tropa.review;

import app.tropa.glossary.ReviewMark;
import app.tropa.glossary.TermReviews;
import app.tropa.platform.LearnerTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The review states behind the glossary's terms; needs nothing of the glossary itself. */
@ApplicationScoped
public class GlossaryReviews implements TermReviews {

    @Inject
    LearnerTime time;

    /** Puts the term in review, due from tomorrow; nothing happens if it is already there. */
    @Override
    @Transactional
    public void enter(String termId) {
        if (ReviewState.findByIdOptional(termId).isPresent()) {
            return;
        }
        ReviewState state = new ReviewState();
        state.termId = termId;
        state.enteredAt = time.now();
        state.apply(ReviewService.scheduler(time).enter());
        state.persist();
    }

    @Override
    @Transactional
    public Optional<ReviewMark> mark(String termId) {
        return ReviewState.<ReviewState>findByIdOptional(termId).map(GlossaryReviews::mark);
    }

    @Override
    @Transactional
    public Map<String, ReviewMark> marks() {
        return ReviewState.<ReviewState>listAll().stream()
                .collect(Collectors.toMap(s -> s.termId, GlossaryReviews::mark));
    }

    private static ReviewMark mark(ReviewState s) {
        return new ReviewMark(s.dueAt, s.reps, s.lapses, s.stability, s.difficulty, s.lastReviewAt);
    }
}
