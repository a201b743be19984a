package app.tropa.progress;

import app.tropa.http.Saves;
import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.activity.ActivitySource;
import app.tropa.platform.DataVersion;
import app.tropa.platform.Derived;
import app.tropa.platform.LearnerTime;
import app.tropa.http.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Changes to progress, each written with its events in the same transaction. */
@ApplicationScoped
@Saves
public class ProgressService implements ActivitySource {

    public static final int MAX_NOTE = 2000;

    @Inject
    CurriculumSource source;

    @Inject
    LearnerTime time;

    @Inject
    DataVersion data;

    /** What every page asks of progress, kept until the data changes. */
    private Derived<Void, Map<String, ProgressStatus>> statuses;
    private Derived<Void, ProgressJson.Overview> overview;
    private Derived<Void, List<Instant>> doneTimes;
    private Derived<Void, Optional<Instant>> lastStartedAt;

    @PostConstruct
    void init() {
        statuses = Derived.of(data, this::findStatuses);
        overview = Derived.of(data, this::findOverview);
        doneTimes = Derived.of(data, this::findDoneTimes);
        lastStartedAt = Derived.of(data, this::findLastStartedAt);
    }

    /**
     * One writer per node at a time, held across the whole transaction: no lost update, no duplicate
     * row. Only nodes of the curriculum get a lock, so unknown ids sent by anyone cannot grow the map.
     */
    private final Map<String, ReentrantLock> writeLocks = new ConcurrentHashMap<>();

    public ProgressJson.NodeState update(String nodeId, ProgressUpdate update) {
        Node known = source.get().node(nodeId).orElseThrow(() -> Problem.notFound("unknown-node",
                "There is no node with id '" + nodeId + "' in the curriculum."));
        ReentrantLock lock = lockOf(known);
        lock.lock();
        try {
            return QuarkusTransaction.requiringNew().call(() -> write(nodeId, update));
        } finally {
            lock.unlock();
        }
    }

    /** The write lock of a node of the curriculum; callers taking several take them in map order. */
    ReentrantLock lockOf(Node node) {
        return writeLocks.computeIfAbsent(node.id(), id -> new ReentrantLock());
    }

    /** How many node locks exist: at most one per node of the curriculum. */
    int lockCount() {
        return writeLocks.size();
    }

    private ProgressJson.NodeState write(String nodeId, ProgressUpdate update) {
        Curriculum curriculum = source.get();
        Node node = curriculum.node(nodeId).orElseThrow(() -> Problem.notFound("unknown-node",
                "There is no node with id '" + nodeId + "' in the curriculum."));
        Optional<ProgressStatus> status = parseStatus(update.status());
        List<Integer> checkpoints = checkCheckpoints(node, update.checkpoints());
        String note = checkNote(update.note());

        NodeProgress progress = NodeProgress.<NodeProgress>findByIdOptional(nodeId).orElseGet(() -> fresh(nodeId));
        Instant now = time.now();
        Recorder recorder = new Recorder(nodeId, now, curriculum.version());
        if (checkpoints != null) {
            tick(progress, checkpoints, recorder);
            if (!checkpoints.isEmpty() && status.isEmpty() && progress.status == ProgressStatus.NOT_STARTED) {
                status = Optional.of(ProgressStatus.IN_PROGRESS);
            }
        }
        status.ifPresent(s -> changeStatus(progress, s, recorder));
        if (note != null && !note.equals(Objects.toString(progress.note, ""))) {
            recorder.add(ProgressEvent.NOTE, progress.note, note, null);
            progress.note = note.isEmpty() ? null : note;
        }
        if (!recorder.events.isEmpty()) {
            progress.updatedAt = now;
            progress.curriculumVersion = curriculum.version();
            progress.persist();
            recorder.events.forEach(e -> e.persist());
        }
        return state(curriculum, progress, statuses());
    }

    static NodeProgress fresh(String nodeId) {
        NodeProgress p = new NodeProgress();
        p.nodeId = nodeId;
        return p;
    }

    private static Optional<ProgressStatus> parseStatus(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(ProgressStatus.parse(code).orElseThrow(() -> Problem.badRequest("invalid-status",
                "Status '" + code + "' is not one of " + String.join(", ", ProgressStatus.codes()) + ".",
                Map.of("field", "status", "allowed", ProgressStatus.codes()))));
    }

    private static List<Integer> checkCheckpoints(Node node, List<Integer> checkpoints) {
        if (checkpoints == null) {
            return null;
        }
        int count = node.checkpoints().size();
        for (Integer index : checkpoints) {
            if (index == null || index < 0 || index >= count) {
                throw Problem.badRequest("invalid-checkpoint", "Checkpoint " + index + " does not exist: node '"
                        + node.id() + "' has checkpoints 0 to " + (count - 1) + ".", Map.of("field", "checkpoints"));
            }
        }
        return checkpoints;
    }

    private static String checkNote(String note) {
        if (note == null) {
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw Problem.badRequest("note-too-long", "The note has " + note.length() + " characters; at most "
                    + MAX_NOTE + " fit. Longer thoughts belong in the journal.", Map.of("field", "note"));
        }
        return note.strip();
    }

    private static void tick(NodeProgress progress, List<Integer> wanted, Recorder recorder) {
        TreeSet<Integer> before = new TreeSet<>(progress.tickedCheckpoints());
        TreeSet<Integer> after = new TreeSet<>(wanted);
        for (Integer i : after) {
            if (!before.contains(i)) {
                recorder.add(ProgressEvent.CHECKPOINT_TICKED, null, null, i);
            }
        }
        for (Integer i : before) {
            if (!after.contains(i)) {
                recorder.add(ProgressEvent.CHECKPOINT_UNTICKED, null, null, i);
            }
        }
        progress.tick(new ArrayList<>(after));
    }

    static void changeStatus(NodeProgress progress, ProgressStatus to, Recorder recorder) {
        ProgressStatus from = progress.status;
        if (from == to) {
            return;
        }
        recorder.add(ProgressEvent.STATUS, from.code(), to.code(), null);
        progress.status = to;
        if (progress.startedAt == null && (to == ProgressStatus.IN_PROGRESS || to == ProgressStatus.DONE)) {
            progress.startedAt = recorder.now;
        }
        progress.completedAt = to == ProgressStatus.DONE ? recorder.now : null;
    }

    /** Collects the events of one change, all stamped with the same time and curriculum version. */
    static final class Recorder {
        final String nodeId;
        final Instant now;
        final String version;
        final String source;
        final List<ProgressEvent> events = new ArrayList<>();

        Recorder(String nodeId, Instant now, String version) {
            this(nodeId, now, version, null);
        }

        Recorder(String nodeId, Instant now, String version, String source) {
            this.nodeId = nodeId;
            this.now = now;
            this.version = version;
            this.source = source;
        }

        void add(String kind, String from, String to, Integer checkpoint) {
            ProgressEvent e = ProgressEvent.of(nodeId, kind, from, to, checkpoint, now, version);
            e.source = source;
            events.add(e);
        }
    }

    @Transactional
    public Map<String, NodeProgress> all() {
        return NodeProgress.<NodeProgress>listAll().stream()
                .collect(Collectors.toMap(p -> p.nodeId, Function.identity()));
    }

    /** Every node's status (nodes never touched are absent); read-only, kept until the data changes. */
    @Transactional
    public Map<String, ProgressStatus> statuses() {
        return statuses.get();
    }

    private Map<String, ProgressStatus> findStatuses() {
        Map<String, ProgressStatus> statuses = new HashMap<>();
        all().forEach((id, p) -> statuses.put(id, p.status));
        return Collections.unmodifiableMap(statuses);
    }

    @Transactional
    public ProgressJson.NodeState state(String nodeId) {
        Curriculum curriculum = source.get();
        NodeProgress progress = NodeProgress.<NodeProgress>findByIdOptional(nodeId).orElseGet(() -> fresh(nodeId));
        return state(curriculum, progress, statuses());
    }

    static ProgressJson.NodeState state(Curriculum curriculum, NodeProgress p, Map<String, ProgressStatus> statuses) {
        Optional<Node> node = curriculum.node(p.nodeId);
        List<String> open = node.map(n -> n.prerequisites().stream()
                .filter(id -> !statuses.getOrDefault(id, ProgressStatus.NOT_STARTED).isClosed())
                .toList()).orElse(List.of());
        return new ProgressJson.NodeState(p.nodeId, p.status, p.tickedCheckpoints(), p.note, p.startedAt,
                p.completedAt, p.updatedAt, open, node.isEmpty());
    }

    @Transactional
    public ProgressJson.Overview overview() {
        return overview.get();
    }

    private ProgressJson.Overview findOverview() {
        Curriculum curriculum = source.get();
        Map<String, NodeProgress> all = all();
        Map<String, ProgressStatus> statuses = new HashMap<>();
        all.forEach((id, p) -> statuses.put(id, p.status));
        List<ProgressJson.NodeState> nodes = new ArrayList<>();
        for (Node node : curriculum.nodes()) {
            nodes.add(state(curriculum, all.getOrDefault(node.id(), fresh(node.id())), statuses));
        }
        all.values().stream().filter(p -> curriculum.node(p.nodeId).isEmpty())
                .sorted((a, b) -> a.nodeId.compareTo(b.nodeId))
                .forEach(p -> nodes.add(state(curriculum, p, statuses)));
        return ProgressCounts.overview(curriculum, statuses, nodes);
    }

    @Transactional
    public List<ProgressJson.Event> events(String nodeId, Instant from, Instant to, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (nodeId != null && !nodeId.isBlank()) {
            query.append(" and nodeId = :nodeId");
            params.put("nodeId", nodeId);
        }
        if (from != null) {
            query.append(" and occurredAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and occurredAt < :to");
            params.put("to", to);
        }
        query.append(" order by occurredAt desc, id desc");
        return ProgressEvent.<ProgressEvent>find(query.toString(), params).page(0, limit).list().stream()
                .map(ProgressJson.Event::of).toList();
    }

    @Override
    @Transactional
    public List<Instant> activitySince(Instant since) {
        return ProgressEvent.getEntityManager()
                .createQuery("select e.occurredAt from ProgressEvent e where e.occurredAt >= :since", Instant.class)
                .setParameter("since", since).getResultList();
    }

    /** When each node was marked done, newest last. */
    @Transactional
    public List<Instant> doneTimes() {
        return doneTimes.get();
    }

    private List<Instant> findDoneTimes() {
        return ProgressEvent.getEntityManager().createQuery("select e.occurredAt from ProgressEvent e "
                + "where e.kind = :kind and e.toValue = :done order by e.occurredAt", Instant.class)
                .setParameter("kind", ProgressEvent.STATUS).setParameter("done", ProgressStatus.DONE.code())
                .getResultList().stream().toList();
    }

    /** The last time the learner started or finished anything. */
    @Transactional
    public Optional<Instant> lastStartedAt() {
        return lastStartedAt.get();
    }

    private Optional<Instant> findLastStartedAt() {
        return ProgressEvent.getEntityManager().createQuery("select max(e.occurredAt) from ProgressEvent e "
                + "where e.kind = :kind and e.toValue in (:moves)", Instant.class)
                .setParameter("kind", ProgressEvent.STATUS)
                .setParameter("moves", List.of(ProgressStatus.IN_PROGRESS.code(), ProgressStatus.DONE.code()))
                .getResultStream().filter(Objects::nonNull).findFirst();
    }
}
