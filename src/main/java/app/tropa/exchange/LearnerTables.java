package app.tropa.exchange;

import app.tropa.glossary.CardVersion;
import app.tropa.glossary.MetaphorVersion;
import app.tropa.glossary.OwnTerm;
import app.tropa.progress.NodeProgress;
import app.tropa.progress.ProgressEvent;
import app.tropa.progress.ProgressStatus;
import app.tropa.review.ReviewLog;
import app.tropa.revisit.RevisitLog;
import app.tropa.revisit.RevisitState;
import app.tropa.review.ReviewQuestion;
import app.tropa.review.ReviewState;
import app.tropa.platform.AppMeta;
import io.quarkus.hibernate.orm.panache.Panache;
import app.tropa.security.CalendarKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import static app.tropa.exchange.BackupMapper.MAP;

/**
 * The learner's tables as backup records: read page by page for exports, written for imports.
 * Callers hold the transaction. The journal's tables are {@link JournalTables}' part, the talks'
 * {@link TalkTables}'.
 */
@ApplicationScoped
public class LearnerTables {

    static final int PAGE = 500;

    @Inject
    JournalTables journal;

    @Inject
    TalkTables talks;

    /** The keys the tutor's connection keeps among the data folder's facts (app.tropa.model.TutorConnection). */
    static final String TUTOR_CONNECTION = "tutor.";

    /** The sign-in password set on the settings page, and whether this folder's welcome was passed. */
    static final List<String> THIS_MACHINE = List.of(TUTOR_CONNECTION, "auth.", "welcome.", CalendarKey.META);

    /**
     * Is the fact the learner's, for a backup to carry and set? The tutor's connection is this
     * machine's (a backup restored elsewhere must not point that Tropa at this one's model server),
     * and it holds the API key, which must never leave in a file; the sign-in password guards this
     * machine only, and its hash has no business in a file either; nor has the calendar feed's key.
     */
    public static boolean backedUp(String key) {
        return THIS_MACHINE.stream().noneMatch(key::startsWith);
    }

    public Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>();
        AppMeta.<AppMeta>listAll().stream().filter(m -> backedUp(m.key)).forEach(m -> settings.put(m.key, m.value));
        return settings;
    }

    /** Every record of the section, in export order, a page at a time. */
    public void each(Section section, Consumer<Object> sink) {
        switch (section) {
            case PROGRESS -> pages("from NodeProgress e order by e.nodeId", NodeProgress.class, LearnerTables::record,
                    sink);
            case PROGRESS_EVENTS -> pages("from ProgressEvent e order by e.id", ProgressEvent.class, MAP::record,
                    sink);
            case OWN_TERMS -> pages("from OwnTerm e order by e.id", OwnTerm.class, MAP::record, sink);
            case METAPHORS -> pages("from MetaphorVersion e order by e.termId, e.version", MetaphorVersion.class,
                    MAP::record, sink);
            case CARDS -> pages("from CardVersion e order by e.termId, e.version", CardVersion.class, MAP::record,
                    sink);
            case REVIEW_QUESTIONS -> pages("from ReviewQuestion e order by e.reviewKey", ReviewQuestion.class,
                    MAP::record, sink);
            case REVIEW_STATES -> pages("from ReviewState e order by e.termId", ReviewState.class, MAP::record,
                    sink);
            case REVIEW_LOG -> pages("from ReviewLog e order by e.id", ReviewLog.class, MAP::record, sink);
            case REVISIT_STATES -> pages("from RevisitState e order by e.nodeId", RevisitState.class, MAP::record,
                    sink);
            case REVISIT_LOG -> pages("from RevisitLog e order by e.id", RevisitLog.class, MAP::record, sink);
            case REFLECTIONS -> journal.eachReflection(sink::accept);
            case LETTERS -> journal.eachLetter(sink::accept);
            case TALKS -> talks.each((id, talk) -> sink.accept(talk));
        }
    }

    /** Pages through a query, forgetting each page once handed on, so memory stays flat. */
    static <E> void pages(String query, Class<E> type, Function<E, Object> convert, Consumer<Object> sink) {
        EntityManager em = Panache.getEntityManager();
        for (int first = 0; ; first += PAGE) {
            List<E> page = em.createQuery(query, type).setFirstResult(first).setMaxResults(PAGE).getResultList();
            page.forEach(e -> sink.accept(convert.apply(e)));
            em.clear();
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** Rows per kind, as import reports count them. */
    public Map<String, Integer> counts() {
        EntityManager em = Panache.getEntityManager();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(Section.SETTINGS, settings().size());
        Map<Section, String> entities = Map.of(Section.PROGRESS, "NodeProgress", Section.PROGRESS_EVENTS,
                "ProgressEvent", Section.OWN_TERMS, "OwnTerm", Section.METAPHORS, "MetaphorVersion", Section.CARDS,
                "CardVersion", Section.REVIEW_QUESTIONS, "ReviewQuestion", Section.REVIEW_STATES, "ReviewState",
                Section.REVIEW_LOG, "ReviewLog", Section.REVISIT_STATES, "RevisitState", Section.REVISIT_LOG,
                "RevisitLog");
        for (Section s : Section.values()) {
            String entity = entities.get(s);
            if (entity != null) {
                counts.put(s.key(), em.createQuery("select count(e) from " + entity + " e", Long.class)
                        .getSingleResult().intValue());
            }
        }
        counts.put(Section.REFLECTIONS.key(), journal.countReflections());
        counts.put(Section.LETTERS.key(), journal.countLetters());
        counts.put(Section.TALKS.key(), talks.count());
        return counts;
    }

    /** Everything this Tropa holds, in memory: what a merge compares the file with. */
    public ImportPlanner.Current current(BackupContent.Header header) {
        BackupContent content = new BackupContent(header, settings());
        for (Section s : Section.values()) {
            if (s != Section.REFLECTIONS && s != Section.LETTERS && s != Section.TALKS) {
                each(s, r -> content.add(s, r));
            }
        }
        JournalTables.Stored stored = journal.stored();
        stored.reflections().forEach(r -> content.add(Section.REFLECTIONS, r));
        stored.letters().forEach(l -> content.add(Section.LETTERS, l));
        TalkTables.Stored talked = talks.stored();
        talked.talks().forEach(t -> content.add(Section.TALKS, t));
        return new ImportPlanner.Current(content, stored.reflectionIds(), stored.letterIds(), talked.ids());
    }

    /** Deletes every record a backup holds (the data folder's own facts stay). */
    public void deleteAll() {
        EntityManager em = Panache.getEntityManager();
        for (String entity : List.of("ProgressEvent", "NodeProgress", "OwnTerm", "MetaphorVersion", "CardVersion",
                "ReviewLog", "ReviewState", "ReviewQuestion", "RevisitLog", "RevisitState")) {
            em.createQuery("delete from " + entity).executeUpdate();
        }
        journal.deleteAll();
        talks.deleteAll();
    }

    public void putSetting(String key, String value) {
        AppMeta.put(key, value);
    }

    public void insert(Section section, Object record) {
        switch (section) {
            case PROGRESS -> entity((Records.Progress) record).persist();
            case PROGRESS_EVENTS -> MAP.entity((Records.Event) record).persist();
            case OWN_TERMS -> MAP.entity((Records.OwnTerm) record).persist();
            case METAPHORS -> MAP.entity((Records.Metaphor) record).persist();
            case CARDS -> MAP.entity((Records.Card) record).persist();
            case REVIEW_QUESTIONS -> MAP.entity((Records.ReviewQuestion) record).persist();
            case REVIEW_STATES -> MAP.entity((Records.ReviewState) record).persist();
            case REVIEW_LOG -> MAP.entity((Records.Review) record).persist();
            case REVISIT_STATES -> MAP.entity((Records.RevisitState) record).persist();
            case REVISIT_LOG -> MAP.entity((Records.Revisit) record).persist();
            case REFLECTIONS -> journal.insert((Records.Reflection) record);
            case LETTERS -> journal.insert((Records.Letter) record);
            case TALKS -> talks.insert((Records.Talk) record);
        }
    }

    public void update(Records.Progress p) {
        NodeProgress row = NodeProgress.findById(p.nodeId());
        fill(row, p);
    }

    public void update(Records.RevisitState s) {
        RevisitState row = RevisitState.findById(s.nodeId());
        MAP.fill(row, s);
    }

    public void update(Records.ReviewState s) {
        ReviewState row = ReviewState.findById(s.termId());
        MAP.fill(row, s);
    }

    /** Writes pending changes and forgets them, so a long import does not pile up in memory. */
    public void flush() {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        em.clear();
    }

    static Records.Progress record(NodeProgress p) {
        return new Records.Progress(p.nodeId, p.status.code(), p.tickedCheckpoints(), p.note, p.startedAt,
                p.completedAt, p.updatedAt, p.curriculumVersion);
    }

    static NodeProgress entity(Records.Progress r) {
        NodeProgress p = new NodeProgress();
        p.nodeId = r.nodeId();
        fill(p, r);
        return p;
    }

    private static void fill(NodeProgress p, Records.Progress r) {
        p.status = ProgressStatus.parse(r.status()).orElseThrow();
        p.tick(r.checkpoints());
        p.note = r.note();
        p.startedAt = r.startedAt();
        p.completedAt = r.completedAt();
        p.updatedAt = r.updatedAt();
        p.curriculumVersion = r.curriculumVersion();
    }
}
