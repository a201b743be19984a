package app.tropa.journal;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.glossary.GlossaryTerm;
import app.tropa.i18n.Lang;
import io.quarkus.qute.TemplateData;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/** What the journal and letters pages show, arranged and in words. */
public final class JournalView {

    private JournalView() {
    }

    /** A refusal shown beside the field it is about. */
    @TemplateData
    public record FormError(String field, String message) {
    }

    /** A form's fields and, after a failed save, why it failed. */
    @TemplateData
    public record Form(EntryForm values, FormError error) {

        public boolean invalid(String field) {
            return error != null && error.field().equals(field);
        }

        /** The field instruction's fields show even for a daily entry when the error is about them. */
        public boolean fieldInstructionInvalid() {
            return error != null && error.field().startsWith("fieldInstruction");
        }
    }

    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    @TemplateData
    public record OptionGroup(String label, List<Option> options) {
    }

    /** The curriculum's phases, nodes (by phase) and terms, for pickers. */
    @TemplateData
    public record Choices(List<Option> phases, List<OptionGroup> nodes, List<Option> terms) {
    }

    /** An entry in a list: its day, kind and a few lines, the matched word marked when searching. */
    public record Card(long id, String date, String kind, String phase, List<Label> tags,
            SearchText.Snippet snippet, boolean trashed, String trashedAt) {
    }

    public record Pager(int page, int pages, String previous, String next) {
    }

    public record ListPage(String prompt, Form form, Choices formChoices, Choices filterChoices, Search search,
            List<Card> cards, long total, Pager pager, List<LetterCard> letters, int trashCount, String savedDraft,
            boolean searchTalks, List<TalkCard> talks) {
    }

    /** A talk with the tutor that holds the searched words. */
    public record TalkCard(long id, String title, String updated) {
    }

    /** The search form's values as sent. */
    public record Search(String q, String tag, String nodeId, String termId, String kind, String from, String to,
            boolean active) {

        public boolean isKind(String code) {
            return code.equals(kind);
        }
    }

    public record Label(String href, String text) {
    }

    public record EntryPage(JournalJson.Entry entry, String title, String kind, String phase, String bodyHtml,
            List<Label> nodes, List<Label> terms, List<Label> tags, FieldInstructionView fieldInstruction,
            String writtenAt, String updatedAt, String trashedAt, Form form, Choices choices, List<RevisionView> revisions,
            String savedDraft) {

        public String editAction() {
            return "/journal/" + entry.id();
        }
    }

    public record FieldInstructionView(String phase, String attentionPattern, Integer depth, String assemblyPoint,
            String vectorQuestion) {
    }

    public record RevisionView(int number, String savedAt, boolean current, Integer restoredFrom, String date,
            String kind, List<String> tags, String bodyHtml) {
    }

    public record TrashPage(List<Card> cards, FormError error) {
    }

    public record LetterCard(long id, String writtenOn, String condition, boolean sealed, String openedAt,
            boolean fresh, String bodyHtml) {
    }

    public record LettersPage(LetterForm form, FormError error, Choices choices, List<LetterCard> open,
            List<LetterCard> sealed, String savedDraft) {

        public boolean invalid(String field) {
            return error != null && error.field().equals(field);
        }
    }

    /** What the dashboard shows from the journal: entries that come back today and newly opened letters. */
    public record Highlights(List<Memory> memories, List<LetterCard> letters) {
    }

    public record Memory(long id, String ago, String date, String excerpt) {
    }

    /** The picker options for a form, with what is already chosen. */
    static Choices choices(Curriculum c, Lang lang, String phase, List<String> nodeIds, List<String> termIds,
            List<GlossaryTerm> glossary) {
        List<Option> phases = c.phases().stream()
                .map(p -> new Option(p.id(), p.title().in(lang), p.id().equals(phase))).toList();
        List<OptionGroup> nodes = c.phases().stream().map(p -> new OptionGroup(p.title().in(lang),
                c.nodes().stream().filter(n -> n.phase().equals(p.id()))
                        .map(n -> new Option(n.id(), n.title().in(lang), contains(nodeIds, n.id()))).toList()))
                .toList();
        Collator order = Collator.getInstance(lang.locale());
        List<Option> terms = glossary.stream()
                .map(t -> new Option(t.id(), t.title().in(lang), contains(termIds, t.id())))
                .sorted(Comparator.comparing(Option::label, order)).toList();
        return new Choices(phases, nodes, terms);
    }

    private static boolean contains(List<String> ids, String id) {
        return ids != null && ids.contains(id);
    }

    static String phaseTitle(Curriculum c, String phaseId, Lang lang) {
        return phaseId == null ? null : c.phase(phaseId).map(Phase::title).map(t -> t.in(lang)).orElse(phaseId);
    }

    static String nodeTitle(Curriculum c, String nodeId, Lang lang) {
        return c.node(nodeId).map(Node::title).map(t -> t.in(lang)).orElse(nodeId);
    }
}
