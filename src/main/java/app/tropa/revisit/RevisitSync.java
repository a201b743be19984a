package app.tropa.revisit;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.platform.LearnerTime;
import app.tropa.progress.NodeProgress;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the schedule holding exactly the done steps. Progress knows nothing of revisits (it lies
 * below), and imports, restores and placements change progress too, so the schedule follows the
 * progress it finds rather than every way progress can change. It commits on its own, so a page
 * that reads the schedule never holds the write.
 */
@ApplicationScoped
public class RevisitSync {

    @Inject
    CurriculumSource source;

    @Inject
    ProgressService progress;

    @Inject
    LearnerTime time;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sync() {
        Curriculum curriculum = source.get();
        Map<String, NodeProgress> all = progress.all();
        Set<String> done = new HashSet<>();
        Set<String> notDone = new HashSet<>();
        for (Node node : curriculum.nodes()) {
            NodeProgress p = all.get(node.id());
            (p != null && p.status == ProgressStatus.DONE ? done : notDone).add(node.id());
        }
        Set<String> scheduled = RevisitState.<RevisitState>streamAll().map(s -> s.nodeId).collect(Collectors.toSet());
        RevisitSchedule.Changes changes = RevisitSchedule.changes(done, notDone, scheduled);
        RevisitSchedule schedule = new RevisitSchedule(time.clock(), time.zone());
        List<RevisitSchedule.Entering> entering = new ArrayList<>();
        for (Node node : curriculum.nodes()) {
            if (changes.enter().contains(node.id())) {
                entering.add(new RevisitSchedule.Entering(node.id(),
                        time.dayOf(schedule.enter(doneAt(all.get(node.id()))).dueAt())));
            }
        }
        RevisitSchedule.spread(entering, time.today()).forEach((id, day) -> {
            RevisitState state = new RevisitState();
            state.nodeId = id;
            state.enteredAt = time.now();
            state.apply(schedule.enter(doneAt(all.get(id)), day));
            state.persist();
        });
        if (!changes.leave().isEmpty()) {
            RevisitState.delete("nodeId in ?1", changes.leave());
        }
        return !changes.none();
    }

    private static Instant doneAt(NodeProgress p) {
        return p.completedAt != null ? p.completedAt : p.updatedAt;
    }
}
