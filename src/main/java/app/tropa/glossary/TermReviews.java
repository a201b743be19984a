package app.tropa.glossary;

import java.util.Map;
import java.util.Optional;

/**
 * Spaced review as the glossary needs it: a filled concept card puts its term in review, and the
 * glossary shows each term's place there. The review feature implements it; the glossary never
 * depends on the review package, which builds on the glossary.
 */
public interface TermReviews {

    /** Puts the term in review; nothing happens if it is already there. */
    void enter(String termId);

    Optional<ReviewMark> mark(String termId);

    /** Every term in review, by id. */
    Map<String, ReviewMark> marks();
}
