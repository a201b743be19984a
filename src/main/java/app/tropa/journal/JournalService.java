package app.tropa.journal;

import app.tropa.http.Saves;
import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.glossary.GlossaryService;
import app.tropa.progress.ProgressService;
import app.tropa.activity.ActivitySource;
import app.tropa.progress.Position;
import app.tropa.platform.DataVersion;
import app.tropa.platform.Derived;
import app.tropa.platform.LearnerTime;
import app.tropa.http.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Journal entries: writing, editing (each save a new revision), the trash, search and what
 * comes back on this day. Nothing the learner wrote is changed or dropped here; only emptying the
 * trash deletes.
 */
@ApplicationScoped
@Saves
public class JournalService implements ActivitySource {

    static final int SNIPPET_RADIUS = 80;

    @Inject
    CurriculumSource source;

    @Inject
    ProgressService progress;

    @Inject
    LearnerTime time;

    @Inject
    GlossaryService glossary;

    @Inject
    DataVersion data;

    /** The live journal for listing and search, and what comes back on a day: kept until the data changes. */
    private Derived<Void, JournalIndex> index;
    private Derived<LocalDate, JournalJson.OnThisDay> onThisDay;

    @PostConstruct
    void init() {
        // Read from the entries and their steps, terms and tags alone: a checkpoint ticked or a card
        // reviewed leaves it as it is.
        index = Derived.of(data, data.of("journal_entry", "journal_entry_node", "journal_entry_term",
                "journal_entry_tag"), this::buildIndex);
        onThisDay = new Derived<>(data, this::findOnThisDay);
    }

    @Transactional
    public JournalJson.Entry create(EntryInput input) {
        Curriculum curriculum = source.get();
        String phase = Position.of(curriculum, progress.statuses()).phase();
        EntryContent content = EntryRules.check(input, curriculum, this::knownTerm,
                new EntryRules.Defaults(time.today(), EntryKind.DAILY, phase));
        Instant now = time.now();
        JournalEntry entry = new JournalEntry();
        entry.apply(content);
        entry.phase = phase;
        entry.revision = 1;
        entry.createdAt = now;
        entry.updatedAt = now;
        entry.persist();
        JournalRevision.of(entry.id, 1, now, content, null).persist();
        return JournalJson.Entry.of(entry);
    }

    /** Saves a new version; an unchanged entry stays as it is, with no empty revision. */
    @Transactional
    public JournalJson.Entry update(long id, EntryInput input) {
        JournalEntry entry = live(id);
        EntryContent current = entry.content();
        EntryContent content = EntryRules.check(input, source.get(), this::knownTerm,
                new EntryRules.Defaults(current.date(), current.kind(), entry.phase));
        save(entry, content, null);
        return JournalJson.Entry.of(entry);
    }

    /** A curriculum term or one of the learner's own glossary terms. */
    private boolean knownTerm(String id) {
        return glossary.find(id).isPresent();
    }

    @Transactional
    public JournalJson.Entry restoreRevision(long id, int revision) {
        JournalEntry entry = live(id);
        JournalRevision old = JournalRevision.<JournalRevision>find("entryId = ?1 and revision = ?2", id, revision)
                .firstResultOptional().orElseThrow(() -> Problem.notFound("unknown-revision",
                        "Entry " + id + " has no revision " + revision + "."));
        save(entry, old.content(), revision);
        return JournalJson.Entry.of(entry);
    }

    private void save(JournalEntry entry, EntryContent content, Integer restoredFrom) {
        if (content.equals(entry.content())) {
            return;
        }
        Instant now = time.now();
        entry.apply(content);
        entry.revision++;
        entry.updatedAt = now;
        JournalRevision.of(entry.id, entry.revision, now, content, restoredFrom).persist();
    }

    @Transactional
    public JournalJson.Entry get(long id) {
        return JournalJson.Entry.of(find(id));
    }

    @Transactional
    public List<JournalJson.Revision> revisions(long id) {
        JournalEntry entry = find(id);
        return JournalRevision.<JournalRevision>list("entryId = ?1 order by revision desc", id).stream()
                .map(r -> JournalJson.Revision.of(r, entry.revision)).toList();
    }

    /** Moves the entry to the trash; it stays there, whole, until restored or the trash is emptied. */
    @Transactional
    public void trash(long id) {
        JournalEntry entry = find(id);
        if (entry.deletedAt == null) {
            entry.deletedAt = time.now();
        }
    }

    @Transactional
    public JournalJson.Entry restore(long id) {
        JournalEntry entry = find(id);
        entry.deletedAt = null;
        return JournalJson.Entry.of(entry);
    }

    @Transactional
    public int trashCount() {
        return (int) JournalEntry.count("deletedAt is not null");
    }

    @Transactional
    public List<JournalJson.Entry> trashed() {
        return JournalEntry.<JournalEntry>list("deletedAt is not null order by deletedAt desc, id desc").stream()
                .map(JournalJson.Entry::of).toList();
    }

    /** Deletes every entry in the trash for good, with all its revisions. */
    @Transactional
    public int emptyTrash() {
        List<JournalEntry> trashed = JournalEntry.list("deletedAt is not null");
        for (JournalEntry entry : trashed) {
            JournalRevision.delete("entryId", entry.id);
            entry.delete();
        }
        return trashed.size();
    }

    private JournalEntry find(long id) {
        return JournalEntry.<JournalEntry>findByIdOptional(id).orElseThrow(() -> Problem.notFound("unknown-entry",
                "There is no journal entry " + id + "."));
    }

    private JournalEntry live(long id) {
        JournalEntry entry = find(id);
        if (entry.inTrash()) {
            throw new Problem(409, "entry-in-trash", "Entry " + id + " is in the trash; restore it before "
                    + "changing it.", Map.of());
        }
        return entry;
    }

    /** Entries outside the trash matching every word and filter, newest day first. */
    @Transactional
    public JournalJson.Entries search(SearchQuery query) {
        return index.get().search(query, SNIPPET_RADIUS);
    }

    /** Every live entry in list order, newest day first; what {@link JournalIndex} is built from. */
    private JournalIndex buildIndex() {
        List<JournalEntry> live = JournalEntry.list("deletedAt is null order by entryDate desc, createdAt desc, id desc");
        return JournalIndex.of(live.stream().map(JournalJson.Entry::of).toList());
    }

    /** Entries from 1, 3 and 6 months and whole years before {@code day}, nearest interval first. */
    @Transactional
    public JournalJson.OnThisDay onThisDay(LocalDate day) {
        return onThisDay.get(day);
    }

    private JournalJson.OnThisDay findOnThisDay(LocalDate day) {
        LocalDate earliest = JournalEntry.getEntityManager()
                .createQuery("select min(e.entryDate) from JournalEntry e where e.deletedAt is null", LocalDate.class)
                .getSingleResult();
        Map<LocalDate, OnThisDay.Ago> sources = OnThisDay.sources(day, earliest);
        if (sources.isEmpty()) {
            return new JournalJson.OnThisDay(day, List.of());
        }
        List<JournalEntry> entries = JournalEntry.list("deletedAt is null and entryDate in ?1 "
                + "order by entryDate desc, createdAt, id", new ArrayList<>(sources.keySet()));
        List<OnThisDay.Ago> order = sources.values().stream().distinct().toList();
        List<JournalJson.Memory> items = entries.stream()
                .sorted(Comparator.comparingInt(e -> order.indexOf(sources.get(e.entryDate))))
                .map(e -> new JournalJson.Memory(sources.get(e.entryDate).code(), JournalJson.Entry.of(e))).toList();
        return new JournalJson.OnThisDay(day, items);
    }

    @Transactional
    public JournalJson.OnThisDay onThisDay() {
        return onThisDay(time.today());
    }

    /** Every save is a moment of reflection: creating, editing and restoring an entry. */
    @Override
    @Transactional
    public List<Instant> activitySince(Instant since) {
        return JournalRevision.getEntityManager()
                .createQuery("select r.savedAt from JournalRevision r where r.savedAt >= :since", Instant.class)
                .setParameter("since", since).getResultList();
    }

    /**
     * The live entry of a kind created at exactly that moment: how a revisit finds its answer again
     * after an import, where entries get new ids but keep their creation time.
     */
    @Transactional
    public Optional<Long> entryCreatedAt(Instant createdAt, EntryKind kind) {
        return JournalEntry.<JournalEntry>find("createdAt = ?1 and kind = ?2 and deletedAt is null", createdAt,
                kind.code()).firstResultOptional().map(e -> e.id);
    }

    @Transactional
    public Optional<Instant> lastReflectionAt() {
        return JournalRevision.getEntityManager()
                .createQuery("select max(r.savedAt) from JournalRevision r", Instant.class)
                .getResultStream().filter(Objects::nonNull).findFirst();
    }
}
