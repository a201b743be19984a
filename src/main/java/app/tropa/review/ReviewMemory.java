package app.tropa.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The review log read as {@link MemoryStats.Graded} events. The log keeps, with each review, the
 * due time FSRS set after it, so whether a review was due is told by the card's previous review:
 * due when it happened on or after the day that review set. A card's first review is learning,
 * not retention (FSRS had no schedule for it yet), so it never counts as due — as Anki's "true
 * retention" leaves learning cards out. Plain Java.
 */
final class ReviewMemory {

    private ReviewMemory() {
    }

    /** One row of the review log: the term, the grade's code, when, and the due time it set. */
    record Row(String termId, String grade, Instant reviewedAt, Instant dueAfter) {
    }

    /** The events, from rows in order of term and then time (as the query sorts them). */
    static List<MemoryStats.Graded> graded(List<Row> rows, ZoneId zone) {
        List<MemoryStats.Graded> out = new ArrayList<>(rows.size());
        Row previous = null;
        for (Row row : rows) {
            LocalDate day = LocalDate.ofInstant(row.reviewedAt(), zone);
            boolean sameCard = previous != null && Objects.equals(previous.termId(), row.termId());
            boolean due = sameCard && previous.dueAfter() != null
                    && !day.isBefore(LocalDate.ofInstant(previous.dueAfter(), zone));
            out.add(new MemoryStats.Graded(day, Grade.AGAIN.code().equals(row.grade()), due));
            previous = row;
        }
        return out;
    }
}
