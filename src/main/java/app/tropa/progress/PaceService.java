package app.tropa.progress;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.http.KeptUntil;
import app.tropa.http.Problem;
import app.tropa.platform.AppMeta;
import app.tropa.platform.DataVersion;
import app.tropa.platform.Derived;
import jakarta.annotation.PostConstruct;
import app.tropa.platform.LearnerTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The learner's target dates and where their pace takes them ({@link Pace}). Targets are facts of
 * the data folder ({@code app_meta}: {@code pace.target.<phaseId>}, {@code pace.target.path}, an
 * ISO date each), so a backup carries them among its settings.
 */
@ApplicationScoped
public class PaceService {

    static final String PREFIX = "pace.target.";

    @Inject
    CurriculumSource source;

    @Inject
    ProgressService progress;

    @Inject
    LearnerTime time;

    @Inject
    DataVersion data;

    @Inject
    KeptUntil keptUntil;

    /** The target dates by phase id or {@code path}; a stored value that is not a date is ignored. */
    @Transactional
    public Map<String, LocalDate> targets() {
        Map<String, LocalDate> targets = new TreeMap<>();
        AppMeta.<AppMeta>list("key like ?1", PREFIX + "%").forEach(m -> {
            try {
                targets.put(m.key.substring(PREFIX.length()), LocalDate.parse(m.value));
            } catch (DateTimeException e) {
                // Not written by Tropa; the target is simply not set.
            }
        });
        return targets;
    }

    /**
     * Sets the targets to exactly these (a key left out or empty is cleared), after checking every
     * one: a phase after the first or {@code path}, an ISO date ({@code 2027-03-01}).
     */
    @Transactional
    public Map<String, LocalDate> setTargets(Map<String, String> wanted) {
        Map<String, LocalDate> checked = check(source.get(), wanted == null ? Map.of() : wanted);
        AppMeta.delete("key like ?1", PREFIX + "%");
        checked.forEach((key, day) -> AppMeta.put(PREFIX + key, day.toString()));
        return targets();
    }

    /** The keys a target may have: every phase but the first (the learner starts there), then the path. */
    public static List<String> keys(Curriculum curriculum) {
        List<String> keys = new java.util.ArrayList<>(curriculum.phases().stream().skip(1).map(Phase::id).toList());
        keys.add(Pace.PATH);
        return keys;
    }

    static Map<String, LocalDate> check(Curriculum curriculum, Map<String, String> wanted) {
        List<String> keys = keys(curriculum);
        Map<String, LocalDate> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            String key = e.getKey();
            Map<String, Object> field = Map.of("field", "targets." + key);
            if (!keys.contains(key)) {
                throw Problem.badRequest("unknown-phase", "'" + key + "' is not a phase a target can be set for: "
                        + "use one of " + String.join(", ", keys) + ".", field);
            }
            String value = e.getValue() == null ? "" : e.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                checked.put(key, LocalDate.parse(value));
            } catch (DateTimeException ex) {
                throw Problem.badRequest("invalid-date", "The target for '" + key + "' must be a date like "
                        + "2027-03-01, not '" + value + "'.", field);
            }
        }
        return checked;
    }

    /** What the projection needs from the data, kept until the data changes (the dashboard asks each time). */
    private record Facts(List<String> phases, List<Pace.Step> steps, Instant first, Map<String, LocalDate> targets) {
    }

    private Derived<Void, Facts> facts;

    @PostConstruct
    void init() {
        facts = Derived.of(data, this::findFacts);
    }

    /** Where the learner's pace takes them today. */
    @Transactional
    public Pace.Projection projection() {
        Facts f = facts.get();
        Pace pace = new Pace(time.clock(), time.zone());
        keptUntil.atMost(pace.nextChange(f.steps(), f.first()));
        return pace.project(f.phases(), f.steps(), f.first(), f.targets());
    }

    private Facts findFacts() {
        Curriculum curriculum = source.get();
        Map<String, NodeProgress> all = progress.all();
        double mean = curriculum.nodes().stream().mapToDouble(Node::effortHours).filter(h -> h > 0).average()
                .orElse(1);
        List<Pace.Step> steps = curriculum.nodes().stream().map(n -> {
            NodeProgress p = all.get(n.id());
            boolean closed = p != null && p.status.isClosed();
            Instant doneAt = p != null && p.status == ProgressStatus.DONE ? p.completedAt : null;
            // A step whose file gives no effort counts as an average one.
            return new Pace.Step(n.phase(), n.effortHours() > 0 ? n.effortHours() : mean, closed, doneAt);
        }).toList();
        Instant first = ProgressEvent.getEntityManager()
                .createQuery("select min(e.occurredAt) from ProgressEvent e", Instant.class).getSingleResult();
        return new Facts(curriculum.phases().stream().map(Phase::id).toList(), steps, first, targets());
    }
}
