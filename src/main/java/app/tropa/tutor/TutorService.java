package app.tropa.tutor;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.progress.NodeProgress;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressStatus;
import app.tropa.web.DataFolder;
import app.tropa.web.Lang;
import app.tropa.web.LearnerTime;
import app.tropa.web.Msg;
import app.tropa.web.Pages;
import app.tropa.web.TropaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gathers the learner's facts and asks the tutor's rules what to say. */
@ApplicationScoped
public class TutorService {

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

    /** Everything the dashboard and {@code /api/tutor} show, in the learner's language. */
    public Tutor tutor(Lang lang) {
        Curriculum curriculum = source.get();
        Map<String, NodeProgress> all = progress.all();
        Map<String, ProgressStatus> statuses = progress.statuses();
        Position position = Position.of(curriculum, statuses);
        List<NextStep> next = NextStep.of(curriculum, statuses, NEXT_STEPS);
        List<Nudge> nudges = Nudge.of(facts(curriculum, position, all), thresholds());
        Msg msg = Pages.msg(lang);
        String prompt = TodayPrompt.of(curriculum, position, next, statuses, lang, msg);
        List<LocalDate> days = activityDays();
        LocalDate today = time.today();
        return new Tutor(position, next, nudges, prompt, Streak.of(days, today),
                Activity.window(Activity.count(days), today, ACTIVITY_DAYS));
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
    public List<LocalDate> activityDays() {
        List<LocalDate> days = new ArrayList<>();
        for (ActivitySource activitySource : activitySources) {
            activitySource.activitySince(Instant.EPOCH).forEach(at -> days.add(time.dayOf(at)));
        }
        return days;
    }
}
