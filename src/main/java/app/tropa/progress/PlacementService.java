package app.tropa.progress;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.http.Problem;
import app.tropa.platform.LearnerTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Placing the learner on the path ({@link Placement}) and undoing the last placement, each in one
 * transaction, written as ordinary progress events marked with their source.
 */
@ApplicationScoped
public class PlacementService {

    @Inject
    CurriculumSource source;

    @Inject
    ProgressService progress;

    @Inject
    LearnerTime time;

    /** What a placement would change, without saving anything. */
    @Transactional
    public List<Placement.Change> preview(Map<String, List<Integer>> ticks) {
        return Placement.changes(source.get(), current(), ticks);
    }

    /** Makes the placement; an empty list when the ticks change nothing. */
    public List<Placement.Change> place(Map<String, List<Integer>> ticks) {
        Curriculum curriculum = source.get();
        Placement.changes(curriculum, Map.of(), ticks);
        List<Node> touched = curriculum.nodes().stream().filter(n -> ticks.containsKey(n.id())).toList();
        return locked(touched, () -> QuarkusTransaction.requiringNew().call(() -> write(curriculum, ticks)));
    }

    private List<Placement.Change> write(Curriculum curriculum, Map<String, List<Integer>> ticks) {
        List<Placement.Change> changes = Placement.changes(curriculum, current(), ticks);
        Instant now = time.now();
        for (Placement.Change change : changes) {
            NodeProgress p = NodeProgress.<NodeProgress>findByIdOptional(change.node().id())
                    .orElseGet(() -> ProgressService.fresh(change.node().id()));
            ProgressService.Recorder recorder = new ProgressService.Recorder(p.nodeId, now, curriculum.version(),
                    ProgressEvent.PLACEMENT);
            List<Integer> ticked = new ArrayList<>(p.tickedCheckpoints());
            for (Integer i : change.newlyTicked()) {
                recorder.add(ProgressEvent.CHECKPOINT_TICKED, null, null, i);
                ticked.add(i);
            }
            p.tick(ticked);
            ProgressService.changeStatus(p, change.to(), recorder);
            save(p, recorder, curriculum.version());
        }
        return changes;
    }

    /** The last placement: when, the steps it changed, and why it can no longer be undone (if so). */
    public record Last(Instant at, List<String> nodeIds, Optional<Problem> refusal) {

        public boolean undoable() {
            return refusal.isEmpty();
        }
    }

    @Transactional
    public Optional<Last> last() {
        return lastPlacement().map(at -> {
            List<ProgressEvent> batch = batch(at);
            List<String> nodeIds = batch.stream().map(e -> e.nodeId).distinct().toList();
            long lastId = batch.stream().mapToLong(e -> e.id).max().orElseThrow();
            return new Last(at, nodeIds, Placement.undoRefusal(time.dayOf(at), time.today(), undoneSince(at),
                    changedSince(nodeIds, lastId)));
        });
    }

    /**
     * Puts every step the last placement changed back as it was before, with new events (the log is
     * append-only). Refused (409) once the learner's day has passed, when any of those steps changed
     * since, or when it is already undone. Returns the steps put back.
     */
    public List<String> undo() {
        Curriculum curriculum = source.get();
        Last last = QuarkusTransaction.requiringNew().call(() -> last().orElseThrow(PlacementService::nothingToUndo));
        List<Node> touched = curriculum.nodes().stream().filter(n -> last.nodeIds().contains(n.id())).toList();
        return locked(touched, () -> QuarkusTransaction.requiringNew().call(() -> restore(curriculum)));
    }

    private List<String> restore(Curriculum curriculum) {
        Last last = last().orElseThrow(PlacementService::nothingToUndo);
        last.refusal().ifPresent(refusal -> {
            throw refusal;
        });
        Instant at = last.at();
        List<ProgressEvent> batch = batch(at);
        List<String> nodeIds = last.nodeIds();
        Instant now = time.now();
        for (String nodeId : nodeIds) {
            NodeProgress p = NodeProgress.findById(nodeId);
            ProgressService.Recorder recorder = new ProgressService.Recorder(nodeId, now, curriculum.version(),
                    ProgressEvent.PLACEMENT_UNDO);
            List<Integer> ticked = new ArrayList<>(p.tickedCheckpoints());
            for (ProgressEvent e : batch) {
                if (e.nodeId.equals(nodeId) && ProgressEvent.CHECKPOINT_TICKED.equals(e.kind)) {
                    recorder.add(ProgressEvent.CHECKPOINT_UNTICKED, null, null, e.checkpoint);
                    ticked.remove(e.checkpoint);
                }
            }
            p.tick(ticked);
            Optional<ProgressEvent> moved = batch.stream()
                    .filter(e -> e.nodeId.equals(nodeId) && ProgressEvent.STATUS.equals(e.kind)).findFirst();
            moved.ifPresent(e -> {
                ProgressStatus before = ProgressStatus.parse(e.fromValue).orElseThrow();
                ProgressService.changeStatus(p, before, recorder);
                if (before == ProgressStatus.NOT_STARTED && at.equals(p.startedAt)) {
                    p.startedAt = null;
                }
            });
            save(p, recorder, curriculum.version());
        }
        return nodeIds;
    }

    private static Problem nothingToUndo() {
        return new Problem(409, "no-placement", "There is no placement to undo.", Map.of());
    }

    private static void save(NodeProgress p, ProgressService.Recorder recorder, String version) {
        if (recorder.events.isEmpty()) {
            return;
        }
        p.updatedAt = recorder.now;
        p.curriculumVersion = version;
        p.persist();
        recorder.events.forEach(e -> e.persist());
    }

    /** Where every touched step stands now, as a placement sees it. */
    @Transactional
    public Map<String, Placement.Current> current() {
        Map<String, Placement.Current> current = new HashMap<>();
        progress.all().forEach((id, p) -> current.put(id, new Placement.Current(p.status, p.tickedCheckpoints())));
        return current;
    }

    private static Optional<Instant> lastPlacement() {
        return ProgressEvent.getEntityManager()
                .createQuery("select max(e.occurredAt) from ProgressEvent e where e.source = :source", Instant.class)
                .setParameter("source", ProgressEvent.PLACEMENT).getResultStream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private static List<ProgressEvent> batch(Instant at) {
        return ProgressEvent.list("source = ?1 and occurredAt = ?2 order by id", ProgressEvent.PLACEMENT, at);
    }

    private static boolean undoneSince(Instant at) {
        return ProgressEvent.count("source = ?1 and occurredAt >= ?2", ProgressEvent.PLACEMENT_UNDO, at) > 0;
    }

    private static boolean changedSince(List<String> nodeIds, long lastId) {
        return ProgressEvent.count("nodeId in ?1 and id > ?2", nodeIds, lastId) > 0;
    }

    /** Holds the nodes' write locks, taken in map order so two writers never wait on each other. */
    private <T> T locked(List<Node> nodes, Supplier<T> work) {
        List<ReentrantLock> locks = nodes.stream().map(progress::lockOf).toList();
        locks.forEach(ReentrantLock::lock);
        try {
            return work.get();
        } finally {
            locks.forEach(ReentrantLock::unlock);
        }
    }
}
