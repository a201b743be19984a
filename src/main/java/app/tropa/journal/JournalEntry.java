package app.tropa.journal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A journal entry as it stands now; every saved version of it is a {@link JournalRevision}. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_date")
    public LocalDate entryDate;

    public String kind;

    public String body;

    /** The tutor's phase when the entry was first written. */
    public String phase;

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

    /** The number of the current revision (1 for a new entry). */
    public int revision;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Set while the entry is in the trash. */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    @ElementCollection
    @CollectionTable(name = "journal_entry_node", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "node_id")
    @BatchSize(size = 50)
    public List<String> nodeIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "journal_entry_term", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "term_id")
    @BatchSize(size = 50)
    public List<String> termIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "journal_entry_tag", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "tag")
    @BatchSize(size = 50)
    public List<String> tags = new ArrayList<>();

    public boolean inTrash() {
        return deletedAt != null;
    }

    /** Takes the content of a checked input or of an earlier revision. */
    void apply(EntryContent c) {
        entryDate = c.date();
        kind = c.kind().code();
        body = c.body();
        nodeIds.clear();
        nodeIds.addAll(c.nodeIds());
        termIds.clear();
        termIds.addAll(c.termIds());
        tags.clear();
        tags.addAll(c.tags());
        FieldInstruction fi = c.fieldInstruction();
        fiPhase = fi == null ? null : fi.phase();
        fiAttention = fi == null ? null : fi.attentionPattern();
        fiDepth = fi == null ? null : fi.depth();
        fiAssemblyPoint = fi == null ? null : fi.assemblyPoint();
        fiVector = fi == null ? null : fi.vectorQuestion();
    }

    EntryContent content() {
        EntryKind k = EntryKind.parse(kind).orElse(EntryKind.DAILY);
        FieldInstruction fi = k == EntryKind.FIELD_INSTRUCTION
                ? new FieldInstruction(fiPhase, fiAttention, fiDepth, fiAssemblyPoint, fiVector) : null;
        return new EntryContent(entryDate, k, body, List.copyOf(nodeIds), List.copyOf(termIds), List.copyOf(tags), fi);
    }
}
