package app.tropa.revisit;

import app.tropa.http.Saves;
import app.tropa.activity.ActivitySource;
import app.tropa.activity.RevisitCounts;
import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.http.KeptUntil;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.journal.EntryInput;
import app.tropa.journal.EntryKind;
import app.tropa.journal.JournalJson;
import app.tropa.journal.JournalService;
import app.tropa.platform.DataVersion;
import app.tropa.platform.Derived;
import app.tropa.platform.LearnerTime;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressStatus;
import app.tropa.review.Grade;
import app.tropa.review.ReviewScheduler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Done steps coming back: the schedule, a revisit (the answer saved as a journal entry of kind
 * revisit, linked to the step; the checkpoints still held; the grade that sets the next date).
 */
@ApplicationScoped
@Saves
public class RevisitService implements ActivitySource, RevisitCounts {

    public static final int MAX_ANSWER = 20_000;

    @Inject
    LearnerTime time;

    @Inject
    CurriculumSource source;

    @Inject
    ProgressService progress;

    @Inject
    JournalService journal;

    @Inject
    RevisitSync sync;

    @Inject
    DataVersion data;

    /** The schedule brought in line with progress once per change of the data, not per request. */
    private Derived<Void, Boolean> synced;

    @PostConstruct
    void init() {
        synced = Derived.of(data, sync::sync);
    }

    @Inject
    KeptUntil keptUntil;

    RevisitSchedule schedule() {
        return new RevisitSchedule(time.clock(), time.zone());
    }

    /** The steps due now (longest waiting first) and the rest, soonest first. */
    @Transactional
    public RevisitJson.Overview overview(Lang lang) {
        synced.get();
        RevisitSchedule schedule = schedule();
        List<RevisitJson.Step> due = new ArrayList<>();
        List<RevisitJson.Step> upcoming = new ArrayList<>();
        Curriculum curriculum = source.get();
        for (RevisitState s : RevisitState.<RevisitState>list("order by dueAt, nodeId")) {
            Optional<Node> node = curriculum.node(s.nodeId);
            if (node.isEmpty()) {
                continue;
            }
            RevisitJson.Step step = new RevisitJson.Step(s.nodeId, node.get().title().in(lang),
                    schedule.day(s.dueAt), s.revisited() ? schedule.day(s.lastRevisitAt) : null);
            boolean isDue = schedule.isDue(s.dueAt);
            (isDue ? due : upcoming).add(step);
            if (!isDue) {
                keptUntil.atMost(s.dueAt);
            }
        }
        return new RevisitJson.Overview(List.copyOf(due), List.copyOf(upcoming));
    }

    /** Every scheduled step with its due day, soonest first (for the calendar). */
    @Transactional
    public List<RevisitJson.Step> scheduled(Lang lang) {
        RevisitJson.Overview o = overview(lang);
        List<RevisitJson.Step> all = new ArrayList<>(o.due());
        all.addAll(o.upcoming());
        return all;
    }

    /** Every step in the schedule, brought in line with progress first. */
    @Transactional
    public List<RevisitState> inSchedule() {
        synced.get();
        return RevisitState.listAll();
    }

    /** A step's place in the schedule, if it has one. */
    @Transactional
    public Optional<RevisitState> state(String nodeId) {
        synced.get();
        return RevisitState.findByIdOptional(nodeId);
    }

    /** The days until the next revisit for each grade, were the step revisited now. */
    @Transactional
    public Map<Grade, Integer> preview(String nodeId) {
        return schedule().preview(scheduledStep(nodeId).card());
    }

    /** A step's past revisits, newest first. */
    @Transactional
    public List<RevisitJson.Past> history(String nodeId) {
        return RevisitLog.<RevisitLog>list("nodeId = ?1 order by revisitedAt desc, id desc", nodeId).stream()
                .map(l -> new RevisitJson.Past(l.revisitedAt, l.grade, l.checkpointList(), answer(l),
                        l.scheduledDays))
                .toList();
    }

    /** The journal entry holding the answer; after an import, found again by its creation time. */
    private Long answer(RevisitLog log) {
        if (log.reflectionId != null) {
            return log.reflectionId;
        }
        return journal.entryCreatedAt(log.revisitedAt, EntryKind.REVISIT).orElse(null);
    }

    @Transactional
    public RevisitJson.Result revisit(String nodeId, RevisitJson.Input input) {
        Node node = source.get().node(nodeId).orElseThrow(() -> Problem.notFound("unknown-node",
                "There is no step '" + nodeId + "' in the curriculum."));
        RevisitInputRules.Checked checked = RevisitInputRules.check(input, node.checkpoints().size(), MAX_ANSWER);
        RevisitState state = scheduledStep(nodeId);
        JournalJson.Entry entry = journal.create(new EntryInput(null, EntryKind.REVISIT.code(), checked.answer(),
                List.of(nodeId), List.of(), List.of(), null));
        ReviewScheduler.Outcome outcome = schedule().revisit(state.card(), checked.grade());
        state.apply(outcome.card());
        RevisitLog log = RevisitLog.of(nodeId, outcome, checked.checkpoints(), entry.id());
        log.revisitedAt = entry.createdAt();
        log.persist();
        return new RevisitJson.Result(nodeId, checked.grade().code(), time.dayOf(outcome.card().dueAt()),
                outcome.scheduledDays(), entry.id(), checked.checkpoints(), checked.grade() == Grade.AGAIN);
    }

    /** The step's state in the schedule; 409 not-done when it is not a done step. */
    private RevisitState scheduledStep(String nodeId) {
        if (source.get().node(nodeId).isEmpty()) {
            throw Problem.notFound("unknown-node", "There is no step '" + nodeId + "' in the curriculum.");
        }
        ProgressStatus status = progress.statuses().getOrDefault(nodeId, ProgressStatus.NOT_STARTED);
        if (status != ProgressStatus.DONE) {
            throw new Problem(409, "not-done", "Step '" + nodeId + "' is " + status.code().replace('_', ' ')
                    + ", not done: only done steps come back for a revisit.",
                    Map.of("nodeId", nodeId, "status", status.code()));
        }
        synced.get();
        return RevisitState.<RevisitState>findByIdOptional(nodeId).orElseThrow(() -> new Problem(409, "not-done",
                "Step '" + nodeId + "' is not in the revisit schedule yet.", Map.of("nodeId", nodeId)));
    }

    /** Grade codes with the days each would give, in grade order, for the page's buttons. */
    public static Map<String, Integer> byCode(Map<Grade, Integer> days) {
        Map<String, Integer> out = new LinkedHashMap<>();
        new EnumMap<>(days).forEach((g, d) -> out.put(g.code(), d));
        return out;
    }

    /** Revisits made so far, for the progress report. */
    @Override
    @Transactional
    public int revisits() {
        return (int) RevisitLog.count();
    }

    /** Revisits where the step was still held: every grade but "again". */
    @Override
    @Transactional
    public int held() {
        return (int) RevisitLog.count("grade <> ?1", Grade.AGAIN.code());
    }

    /** Every revisit is activity for the streak and the heatmap. */
    @Override
    @Transactional
    public List<Instant> activitySince(Instant since) {
        return RevisitLog.getEntityManager().createQuery("select r.revisitedAt from RevisitLog r "
                + "where r.revisitedAt >= :since", Instant.class).setParameter("since", since).getResultList();
    }
}
