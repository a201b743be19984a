package app.tropa.journal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the journal API. */
public final class JournalJson {

    private JournalJson() {
    }

    /** An entry; {@code snippet} only in search results, {@code deletedAt} only while in the trash. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(long id, LocalDate date, EntryKind kind, String body, List<String> nodeIds,
            List<String> termIds, List<String> tags, String phase, FieldInstruction fieldInstruction, int revision,
            Instant createdAt, Instant updatedAt, Instant deletedAt, String snippet) {

        static Entry of(JournalEntry e) {
            return of(e, null);
        }

        static Entry of(JournalEntry e, String snippet) {
            EntryContent c = e.content();
            return new Entry(e.id, c.date(), c.kind(), c.body(), c.nodeIds(), c.termIds(), c.tags(), e.phase,
                    c.fieldInstruction(), e.revision, e.createdAt, e.updatedAt, e.deletedAt, snippet);
        }
    }

    public record Entries(List<Entry> items, long total, int page, int size) {
    }

    /** One saved version; {@code current} marks the one the entry shows now. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Revision(int revision, Instant savedAt, boolean current, Integer restoredFrom, LocalDate date,
            EntryKind kind, String body, List<String> nodeIds, List<String> termIds, List<String> tags,
            FieldInstruction fieldInstruction) {

        static Revision of(JournalRevision r, int current) {
            EntryContent c = r.content();
            return new Revision(r.revision, r.savedAt, r.revision == current, r.restoredFrom, c.date(), c.kind(),
                    c.body(), c.nodeIds(), c.termIds(), c.tags(), c.fieldInstruction());
        }
    }

    public record OnThisDay(LocalDate date, List<Memory> items) {
    }

    /** An entry that comes back today: {@code ago} is "1 month", "3 months", "6 months", "1 year", … */
    public record Memory(String ago, Entry entry) {
    }

    /** A new letter: {@code body} and either {@code openOn} or {@code openWhen}. */
    public record LetterInput(String body, String openOn, String openWhen) {
    }

    /**
     * A letter. While sealed it has no {@code body}: only that it exists, when it was written and
     * what opens it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Letter(long id, LocalDate writtenOn, Instant createdAt, LocalDate openOn, String openWhen,
            boolean sealed, Instant openedAt, String body) {

        static Letter of(JournalLetter l) {
            boolean sealed = l.sealed();
            return new Letter(l.id, l.writtenOn, l.createdAt, l.openOn, l.openWhen, sealed,
                    sealed ? null : l.openedAt, sealed ? null : l.body);
        }
    }

    public record Letters(List<Letter> items, long total) {
    }
}
