package app.tropa.journal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One saved version of an entry, kept for good (until the trash is emptied). */
@Entity
@Table(name = "journal_revision")
public class JournalRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id")
    public Long entryId;

    public int revision;

    @Column(name = "saved_at")
    public Instant savedAt;

    /** The revision this one brought back, when it was made by a restore. */
    @Column(name = "restored_from")
    public Integer restoredFrom;

    @Column(name = "entry_date")
    public LocalDate entryDate;

    public String kind;

    public String body;

    @Column(name = "node_ids")
    public String nodeIds;

    @Column(name = "term_ids")
    public String termIds;

    public String tags;

    @Column(name = "fi_phase")
    public String fiPhase;

    @Column(name = "fi_attention")
    public String fiAttention;

    @Column(name = "fi_depth")
    public Integer fiDepth;

    @Column(name = "fi_assembly_point")
    public String fiAssemblyPoint;

    @Column(name = "fi_vector")
    public String fiVector;

    static JournalRevision of(long entryId, int number, Instant at, EntryContent c, Integer restoredFrom) {
        JournalRevision r = new JournalRevision();
        r.entryId = entryId;
        r.revision = number;
        r.savedAt = at;
        r.restoredFrom = restoredFrom;
        r.entryDate = c.date();
        r.kind = c.kind().code();
        r.body = c.body();
        r.nodeIds = String.join("\n", c.nodeIds());
        r.termIds = String.join("\n", c.termIds());
        r.tags = String.join("\n", c.tags());
        FieldInstruction fi = c.fieldInstruction();
        if (fi != null) {
            r.fiPhase = fi.phase();
            r.fiAttention = fi.attentionPattern();
            r.fiDepth = fi.depth();
            r.fiAssemblyPoint = fi.assemblyPoint();
            r.fiVector = fi.vectorQuestion();
        }
        return r;
    }

    EntryContent content() {
        EntryKind k = EntryKind.parse(kind).orElse(EntryKind.DAILY);
        FieldInstruction fi = k == EntryKind.FIELD_INSTRUCTION
                ? new FieldInstruction(fiPhase, fiAttention, fiDepth, fiAssemblyPoint, fiVector) : null;
        return new EntryContent(entryDate, k, body, lines(nodeIds), lines(termIds), lines(tags), fi);
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
