package app.tropa.review;

import java.util.List;

/** What the review page shows: one term at a time, hidden until the learner asks to see it. */
public record ReviewView(int dueCount, int inReview, String nextDue, Card card, Feed feed) {

    public boolean nothingInReview() {
        return inReview == 0;
    }

    /** A term's card, or a kept question's ({@code question}: the definition is then its answer). */
    public record Card(String termId, String title, boolean revealed, String definition, String metaphor,
            List<Field> fields, List<GradeButton> grades, boolean question, String link) {
    }

    /** The calendar feed's address; {@code keyed} when sign-in is on and the address carries the key. */
    public record Feed(String url, boolean keyed) {
    }

    public record Field(String label, String value) {
    }

    public record GradeButton(String code, int key, String label, int days) {
    }
}
