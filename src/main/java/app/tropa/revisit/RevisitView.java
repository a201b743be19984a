package app.tropa.revisit;

import io.quarkus.qute.TemplateData;

import java.util.List;

/** What the revisit pages show, in words ready for the templates. */
public final class RevisitView {

    private RevisitView() {
    }

    /** The list page: steps due now and those coming back later. */
    public record Overview(List<Item> due, List<Item> upcoming) {

        public boolean empty() {
            return due.isEmpty() && upcoming.isEmpty();
        }
    }

    /** One step in a list: its title, when it is due, when last revisited ("not yet" before the first). */
    public record Item(String nodeId, String title, String when, String last) {
    }

    /**
     * One step's revisit page. {@code notDone} holds the refusal when the step is not done (then
     * there is no form); {@code saved} the result of the revisit just made (then no form either).
     */
    public record Step(String nodeId, String title, String question, String doneOn, String schedule,
            List<Checkpoint> checkpoints, List<GradeChoice> grades, List<PastItem> history, String notDone,
            Saved saved, Form form) {
    }

    /** An earlier revisit in words, with the journal entry that holds its answer. */
    public record PastItem(String text, Long reflectionId) {
    }

    @TemplateData
    public record Checkpoint(int index, String text, boolean ticked) {
    }

    @TemplateData
    public record GradeChoice(String code, String label, String days, boolean chosen) {
    }

    /** The result shown after saving: the next date, and after "again" the offer to take the step anew. */
    public record Saved(String next, boolean again) {
    }

    /** What was typed, kept when a submit is refused, with the refusal and the field it concerns. */
    public record Form(String answer, String error, String field) {

        public static Form empty() {
            return new Form("", null, null);
        }

        public boolean invalid(String name) {
            return error != null && name.equals(field);
        }
    }
}
