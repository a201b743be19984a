package app.tropa.tutor;

import app.tropa.activity.ActivitySource;
import app.tropa.activity.ReflectionFacts;
import app.tropa.progress.Position;
import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.journal.TodayQuestion;
import app.tropa.progress.NodeProgress;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressStatus;
import app.tropa.platform.DataFolder;
import app.tropa.platform.DataVersion;
import app.tropa.platform.Derived;
import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.http.KeptUntil;
import app.tropa.http.Pages;
import app.tropa.platform.TropaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gathers the learner's facts and asks the tutor's rules what to say. */
@ApplicationScoped
public class TutorService implements TodayQuestion {

    static final int NEXT_STEPS = 5;
    static final int ACTIVITY_DAYS = 365;

    @Inject
    CurriculumSource source;

    @Inject
    ProgressService progress;

    @Inject
    Instance<ActivitySource> activitySources;

    @Inject
    Instance<ReflectionFacts> reflections;

    @Inject
    LearnerTime time;

    @Inject
    DataFolder dataFolder;

    @Inject
    TropaConfig config;

    @Inject
    DataVersion data;

    @Inject
    KeptUntil keptUntil;

    /**
     * What the rules read from the learner's data — where they stand, the next steps, the facts the
     * nudges weigh (as of the moment they were read), activity per day over the whole history, the
     * streak as of a day — worked out once per change, not on every request.
     */
    private record Standing(Position position, List<NextStep> next, Nudge.Facts facts) {
    }

    private Derived<Void, Standing> standing;
    private Derived<Void, Map<LocalDate, Integer>> activity;
    private Derived<LocalDate, Streak> streak;

    @PostConstruct
    void init() {
        standing = Derived.of(data, () -> standing(source.get()));
        activity = Derived.of(data, () -> Collections.unmodifiableMap(Activity.count(activityDays())));
        streak = new Derived<>(data, today -> Streak.of(activity.get().keySet(), today));
    }

    /** Everything the dashboard and {@code /api/tutor} show, in the learner's language. */
    public Tutor tutor(Lang lang) {
        Curriculum curriculum = source.get();
        Standing s = standing.get();
        Nudge.Facts f = s.facts();
        Nudge.Facts now = new Nudge.Facts(f.phase(), time.now(), f.learnerSince(), f.nodesDoneAt(),
                f.lastReflectionAt(), f.lastStartedAt(), f.doneInPhase(), f.personalNotesAndMetaphors());
        Nudge.Thresholds limits = thresholds();
        List<Nudge> nudges = Nudge.of(now, limits);
        keptUntil.atMost(Nudge.nextChange(now, limits).orElse(null));
        String prompt = TodayPrompt.of(curriculum, s.position(), s.next(), progress.statuses(), lang, Pages.msg(lang));
        LocalDate today = time.today();
        return new Tutor(s.position(), s.next(), nudges, prompt, streak.get(today),
                Activity.window(activity.get(), today, ACTIVITY_DAYS));
    }

    /** Today's question alone, for the journal's page. */
    @Override
    public String prompt(Lang lang) {
        return tutor(lang).prompt();
    }

    private Standing standing(Curriculum curriculum) {
        Map<String, ProgressStatus> statuses = progress.statuses();
        Position position = Position.of(curriculum, statuses);
        return new Standing(position, NextStep.of(curriculum, statuses, NEXT_STEPS),
                facts(curriculum, position, progress.all()));
    }

    public record Tutor(Position position, List<NextStep> next, List<Nudge> nudges, String prompt, Streak streak,
            List<Activity> activity) {
    }

    private Nudge.Facts facts(Curriculum curriculum, Position position, Map<String, NodeProgress> all) {
        int doneInPhase = 0;
        int notes = 0;
        for (NodeProgress p : all.values()) {
            Optional<Node> node = curriculum.node(p.nodeId);
            if (node.isPresent() && node.get().phase().equals(position.phase())) {
                doneInPhase += p.status == ProgressStatus.DONE ? 1 : 0;
                notes += p.note != null && !p.note.isBlank() ? 1 : 0;
            }
        }
        Optional<Instant> lastReflection = Optional.empty();
        int metaphors = 0;
        for (ReflectionFacts r : reflections) {
            Optional<Instant> at = r.lastReflectionAt();
            if (at.isPresent() && (lastReflection.isEmpty() || at.get().isAfter(lastReflection.get()))) {
                lastReflection = at;
            }
            metaphors += r.metaphorCount();
        }
        return new Nudge.Facts(position.phase(), time.now(), dataFolder.createdAt(), progress.doneTimes(),
                lastReflection, progress.lastStartedAt(), doneInPhase, notes + metaphors);
    }

    private Nudge.Thresholds thresholds() {
        TropaConfig.Nudges n = config.nudges();
        return new Nudge.Thresholds(n.depthDays(), n.detachmentDays(), n.templatesDone());
    }

    /** Every day with any activity, from every feature that records some. */
    List<LocalDate> activityDays() {
        List<LocalDate> days = new ArrayList<>();
        for (ActivitySource activitySource : activitySources) {
            activitySource.activitySince(Instant.EPOCH).forEach(at -> days.add(time.dayOf(at)));
        }
        return days;
    }
}
