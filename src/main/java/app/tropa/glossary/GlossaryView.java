package app.tropa.glossary;

import java.util.List;

/** What the glossary pages show, already in words. */
public final class GlossaryView {

    private GlossaryView() {
    }

    public record ListPage(List<Row> rows, int total, Filters filters, List<NodeGroup> nodeGroups,
            List<Option> phases, AddForm add) {
    }

    public record Row(String id, String title, String definition, boolean own, String metaphor, String sample,
            int cardFilled, boolean due, String nextReview) {
    }

    public record Filters(String q, boolean hasMetaphor, boolean mine, boolean active) {
    }

    public record NodeGroup(String phase, List<Option> options) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** The "add your own term" form: what was typed, and why it was refused. */
    public record AddForm(String title, String definition, String error, String field, String existingId) {

        static final AddForm EMPTY = new AddForm("", "", null, "", null);

        public boolean invalid(String name) {
            return error != null && field.equals(name);
        }
    }

    public record TermPage(String id, String title, String definition, boolean fallback, boolean own,
            String ownPhase, String sample, MetaphorForm metaphorForm, MetaphorLine current,
            List<MetaphorLine> timeline, CardForm cardForm, List<CardLine> cardHistory, List<Link> related,
            List<Link> nodes, ReviewLine review) {
    }

    /** The metaphor form: its text, whether that text is the offered sample, and a refusal. */
    public record MetaphorForm(String text, boolean fromSample, String error) {
    }

    public record MetaphorLine(int version, String text, String when, String phase, Integer restoredFrom,
            boolean fromSample, boolean current) {
    }

    public record CardForm(List<CardField> fields, int filled, String error) {
    }

    public record CardField(String name, String label, String value, boolean invalid) {
    }

    public record CardLine(int version, String when, String phase, int filled, List<CardField> fields,
            Integer restoredFrom, boolean current) {
    }

    public record Link(String href, String label) {
    }

    public record ReviewLine(boolean inReview, boolean due, String next, int reps, int lapses) {
    }
}
