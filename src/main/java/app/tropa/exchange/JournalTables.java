package app.tropa.exchange;

import app.tropa.journal.JournalEntry;
import app.tropa.journal.JournalLetter;
import app.tropa.journal.JournalRevision;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static app.tropa.exchange.BackupMapper.MAP;

/**
 * The journal's part of a backup: entries with every revision and the trash, and letters (sealed
 * ones with their text: a backup is the learner's own copy). Read a page of entries at a time
 * with their revisions; written for imports. Callers hold the transaction.
 */
@ApplicationScoped
public class JournalTables {

    private static final String FIELD_INSTRUCTION = "field-instruction";

    /** Journal records with their database ids, in export order. */
    public record Stored(List<Records.Reflection> reflections, List<Long> reflectionIds,
            List<Records.Letter> letters, List<Long> letterIds) {
    }

    public void eachReflection(Consumer<Records.Reflection> sink) {
        entries((entry, revisions) -> sink.accept(record(entry, revisions)));
    }

    private interface EntrySink {
        void accept(JournalEntry entry, List<JournalRevision> revisions);
    }

    /** Entries in the order they were written, a page at a time, each with its revisions. */
    private static void entries(EntrySink sink) {
        EntityManager em = Panache.getEntityManager();
        for (int first = 0; ; first += LearnerTables.PAGE) {
            List<JournalEntry> page = em.createQuery("from JournalEntry e order by e.id", JournalEntry.class)
                    .setFirstResult(first).setMaxResults(LearnerTables.PAGE).getResultList();
            if (page.isEmpty()) {
                return;
            }
            Map<Long, List<JournalRevision>> revisions = new LinkedHashMap<>();
            em.createQuery("from JournalRevision r where r.entryId in :ids order by r.entryId, r.revision",
                    JournalRevision.class).setParameter("ids", page.stream().map(e -> e.id).toList())
                    .getResultList().forEach(r -> revisions.computeIfAbsent(r.entryId, k -> new ArrayList<>()).add(r));
            page.forEach(e -> sink.accept(e, revisions.getOrDefault(e.id, List.of())));
            em.clear();
            if (page.size() < LearnerTables.PAGE) {
                return;
            }
        }
    }

    public void eachLetter(Consumer<Records.Letter> sink) {
        LearnerTables.pages("from JournalLetter e order by e.id", JournalLetter.class, MAP::record,
                r -> sink.accept((Records.Letter) r));
    }

    public int countReflections() {
        return (int) JournalEntry.count();
    }

    public int countLetters() {
        return (int) JournalLetter.count();
    }

    public Stored stored() {
        List<Records.Reflection> reflections = new ArrayList<>();
        List<Long> reflectionIds = new ArrayList<>();
        entries((entry, revisions) -> {
            reflections.add(record(entry, revisions));
            reflectionIds.add(entry.id);
        });
        List<Records.Letter> letters = new ArrayList<>();
        List<Long> letterIds = new ArrayList<>();
        LearnerTables.pages("from JournalLetter e order by e.id", JournalLetter.class, l -> l, l -> {
            letters.add(MAP.record((JournalLetter) l));
            letterIds.add(((JournalLetter) l).id);
        });
        return new Stored(reflections, reflectionIds, letters, letterIds);
    }

    /** Everything the journal holds, the trash included; the lists of an entry go before the entry. */
    public void deleteAll() {
        EntityManager em = Panache.getEntityManager();
        for (String table : List.of("journal_revision", "journal_entry_node", "journal_entry_term",
                "journal_entry_tag", "journal_entry", "journal_letter")) {
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
    }

    public void insert(Records.Reflection r) {
        JournalEntry e = new JournalEntry();
        fill(e, r);
        e.phase = r.phase();
        e.createdAt = r.createdAt();
        e.deletedAt = r.deletedAt();
        e.persist();
        r.revisions().stream().sorted(Comparator.comparingInt(Records.Revision::revision))
                .forEach(rev -> MAP.entity(e.id, rev).persist());
    }

    /** The file's later revisions, and the entry's content from the latest; the trash state here stays. */
    public void extend(ImportPlan.Extension x) {
        JournalEntry e = JournalEntry.findById(x.localId());
        fill(e, x.entry());
        x.entry().revisions().stream().sorted(Comparator.comparingInt(Records.Revision::revision))
                .skip(x.localRevisions()).forEach(rev -> MAP.entity(e.id, rev).persist());
    }

    public void insert(Records.Letter l) {
        MAP.entity(l).persist();
    }

    public void update(ImportPlan.LetterUpdate u) {
        JournalLetter letter = JournalLetter.findById(u.localId());
        letter.openedAt = u.letter().openedAt();
        letter.readAt = u.letter().readAt();
    }

    private static void fill(JournalEntry e, Records.Reflection r) {
        e.entryDate = r.date();
        e.kind = r.kind();
        e.body = r.body();
        Records.FieldInstruction fi = r.fieldInstruction();
        e.fiPhase = fi == null ? null : fi.phase();
        e.fiAttention = fi == null ? null : fi.attentionPattern();
        e.fiDepth = fi == null ? null : fi.depth();
        e.fiAssemblyPoint = fi == null ? null : fi.assemblyPoint();
        e.fiVector = fi == null ? null : fi.vectorQuestion();
        e.nodeIds.clear();
        e.nodeIds.addAll(r.nodeIds());
        e.termIds.clear();
        e.termIds.addAll(r.termIds());
        e.tags.clear();
        e.tags.addAll(r.tags());
        e.revision = r.revision();
        e.updatedAt = r.updatedAt();
    }

    static Records.Reflection record(JournalEntry e, List<JournalRevision> revisions) {
        return new Records.Reflection(e.entryDate, e.kind, e.body, e.phase, fieldInstruction(e.kind, e.fiPhase,
                e.fiAttention, e.fiDepth, e.fiAssemblyPoint, e.fiVector), List.copyOf(e.nodeIds),
                List.copyOf(e.termIds), List.copyOf(e.tags), e.revision, e.createdAt, e.updatedAt, e.deletedAt,
                revisions.stream().map(JournalTables::record).toList());
    }

    static Records.Revision record(JournalRevision r) {
        return new Records.Revision(r.revision, r.savedAt, r.restoredFrom, r.entryDate, r.kind, r.body, lines(r.nodeIds),
                lines(r.termIds), lines(r.tags), fieldInstruction(r.kind, r.fiPhase, r.fiAttention, r.fiDepth,
                        r.fiAssemblyPoint, r.fiVector));
    }

    /** A field instruction belongs to entries of that kind only; the journal reads it the same way. */
    private static Records.FieldInstruction fieldInstruction(String kind, String phase, String attention,
            Integer depth, String assembly, String vector) {
        return FIELD_INSTRUCTION.equals(kind) ? new Records.FieldInstruction(phase, attention, depth, assembly, vector)
                : null;
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
