package app.tropa.report;

import app.tropa.activity.RevisitCounts;
import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.curriculum.Rung;
import app.tropa.glossary.GlossaryService;
import app.tropa.glossary.GlossaryTerm;
import app.tropa.glossary.MetaphorVersion;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.journal.FieldInstruction;
import app.tropa.journal.JournalJson;
import app.tropa.journal.JournalService;
import app.tropa.journal.SearchQuery;
import app.tropa.platform.LearnerTime;
import app.tropa.progress.NodeProgress;
import app.tropa.progress.ProgressEvent;
import app.tropa.progress.ProgressJson;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressStatus;
import app.tropa.progress.StepState;
import app.tropa.review.ReviewCounts;
import app.tropa.tutor.Heatmap;
import app.tropa.tutor.TutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers a report from the features' own rules: step states ({@link StepState}), counts
 * ({@link ProgressService#overview()}), the streak and activity ({@link TutorService}), review
 * counts, and — only when chosen — the learner's metaphors, notes and reflections. Sealed
 * letters are never read here, and a reflection in the trash is refused.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    CurriculumSource source;

    @Inject
    ProgressService progress;

    @Inject
    TutorService tutor;

    @Inject
    ReviewCounts reviews;

    @Inject
    RevisitCounts revisits;

    @Inject
    GlossaryService glossary;

    @Inject
    JournalService journal;

    @Inject
    LearnerTime time;

    @Inject
    ReportName name;

    @Transactional
    public Report report(ReportChoices choices) {
        Lang lang = choices.lang();
        ReportMsg m = ReportWords.msg(lang);
        List<Report.Reflection> chosen = choices.reflections().isEmpty() ? null : chosen(choices, m);
        Curriculum curriculum = source.get();
        Map<String, NodeProgress> all = progress.all();
        Map<String, StepState> states = StepState.of(curriculum, progress.statuses());
        ProgressJson.Overview overview = progress.overview();
        LocalDate today = time.today();
        Optional<LocalDate> since = firstDay();
        int done = overview.phases().values().stream().mapToInt(ProgressJson.Count::done).sum();
        int total = overview.phases().values().stream().mapToInt(ProgressJson.Count::total).sum();
        TutorService.Tutor t = tutor.tutor(lang);
        Heatmap heatmap = Heatmap.of(t.activity(), lang.locale());
        Report.Rhythm rhythm = new Report.Rhythm(t.streak().current(), t.streak().longest(), heatmap.activeDays(),
                heatmap.total(), heatmap.totals().stream()
                        .map(x -> new Report.Month(x.month(), x.activeDays(), x.count())).toList());
        return new Report(lang.code(), choices.variant().code(), today, name.get().orElse(null), since.orElse(null),
                since.map(d -> ReportRules.daysSince(d, today)).orElse(0), done, total, overview.percent(),
                curriculum.rungs().stream().map(r -> new Report.RungTitle(r.id(), r.title().in(lang))).toList(),
                map(curriculum, overview, all, states, lang, m), phases(curriculum, overview, lang),
                recent(curriculum, all, today), reviewCounts(),
                rhythm, choices.metaphors() ? metaphors(lang) : null,
                choices.notes() ? notes(curriculum, all, lang) : null, chosen,
                choices.portfolio() ? portfolio(curriculum, all, states, lang, m) : null, heatmap);
    }

    /** The first day anything happened on the path: the oldest progress event. */
    private Optional<LocalDate> firstDay() {
        return ProgressEvent.<ProgressEvent>find("order by occurredAt, id").firstResultOptional()
                .map(e -> time.dayOf(e.occurredAt));
    }

    private List<Report.MapRow> map(Curriculum curriculum, ProgressJson.Overview overview,
            Map<String, NodeProgress> all, Map<String, StepState> states, Lang lang, ReportMsg m) {
        List<Report.MapRow> rows = new ArrayList<>();
        for (Phase phase : curriculum.phases()) {
            List<Report.Cell> cells = new ArrayList<>();
            for (Rung rung : curriculum.rungs()) {
                ProgressJson.CellCount count = overview.cells().stream()
                        .filter(c -> c.phase().equals(phase.id()) && c.rung().equals(rung.id())).findFirst()
                        .orElse(new ProgressJson.CellCount(phase.id(), rung.id(), 0, 0));
                cells.add(new Report.Cell(phase.id(), rung.id(), count.done(), count.total(),
                        curriculum.cell(phase.id(), rung.id()).stream().map(n -> step(n, all, states, lang, m))
                                .toList()));
            }
            rows.add(new Report.MapRow(phase.id(), phase.title().in(lang), cells));
        }
        return rows;
    }

    private Report.Step step(Node node, Map<String, NodeProgress> all, Map<String, StepState> states, Lang lang,
            ReportMsg m) {
        StepState state = states.get(node.id());
        return new Report.Step(node.id(), node.title().in(lang), state.code(), ReportWords.state(state, m),
                completedOn(all.get(node.id()), state));
    }

    private LocalDate completedOn(NodeProgress p, StepState state) {
        return state == StepState.DONE && p != null && p.completedAt != null ? time.dayOf(p.completedAt) : null;
    }

    private List<Report.PhaseLine> phases(Curriculum curriculum, ProgressJson.Overview overview, Lang lang) {
        List<ReportRules.Move> moves = ProgressEvent.<ProgressEvent>list("kind = ?1 order by occurredAt, id",
                ProgressEvent.STATUS).stream()
                .map(e -> new ReportRules.Move(e.nodeId, e.toValue, time.dayOf(e.occurredAt))).toList();
        Map<String, ReportRules.PhaseDays> days = ReportRules.phaseDays(curriculum, moves);
        return curriculum.phases().stream().map(p -> {
            ProgressJson.Count c = overview.phases().getOrDefault(p.id(), new ProgressJson.Count(0, 0));
            ReportRules.PhaseDays d = days.get(p.id());
            return new Report.PhaseLine(p.id(), p.title().in(lang), d.reached().orElse(null),
                    d.firstDone().orElse(null), c.done(), c.total(),
                    c.total() == 0 ? 0 : (int) Math.floor(100.0 * c.done() / c.total()));
        }).toList();
    }

    /** Steps done now, by the day each was done, for the last 30, 90 and 365 days. */
    private List<Report.Recent> recent(Curriculum curriculum, Map<String, NodeProgress> all, LocalDate today) {
        List<LocalDate> doneDays = curriculum.nodes().stream().map(n -> all.get(n.id()))
                .filter(p -> p != null && p.status == ProgressStatus.DONE && p.completedAt != null)
                .map(p -> time.dayOf(p.completedAt)).toList();
        return ReportRules.WINDOWS.stream().map(w -> new Report.Recent(w, ReportRules.within(doneDays, today, w)))
                .toList();
    }

    private Report.Reviews reviewCounts() {
        ReviewCounts.Tally r = reviews.tally();
        int made = revisits.revisits();
        int held = revisits.held();
        Report.Revisits revisited = new Report.Revisits(made, held,
                ReportRules.retention(made, made - held).orElse(null));
        return new Report.Reviews(r.reviews(), r.again(), ReportRules.retention(r.reviews(), r.again()).orElse(null),
                r.inReview(), revisited);
    }

    private List<Report.Metaphor> metaphors(Lang lang) {
        Map<String, GlossaryTerm> terms = glossary.terms().stream()
                .collect(Collectors.toMap(GlossaryTerm::id, Function.identity(), (a, b) -> a));
        return glossary.currentMetaphors().values().stream()
                .filter(v -> v.text != null && !v.text.isBlank())
                .map(v -> new Report.Metaphor(v.termId, title(terms.get(v.termId), v, lang), v.text))
                .sorted(Comparator.comparing((Report.Metaphor x) -> x.term().toLowerCase(lang.locale())))
                .toList();
    }

    private static String title(GlossaryTerm term, MetaphorVersion v, Lang lang) {
        return term == null ? v.termId : term.title().in(lang);
    }

    private List<Report.Note> notes(Curriculum curriculum, Map<String, NodeProgress> all, Lang lang) {
        List<Report.Note> notes = new ArrayList<>();
        for (Node node : curriculum.nodes()) {
            NodeProgress p = all.get(node.id());
            if (p != null && p.status == ProgressStatus.DONE && p.note != null && !p.note.isBlank()) {
                notes.add(new Report.Note(node.id(), node.title().in(lang), completedOn(p, StepState.DONE), p.note));
            }
        }
        return notes;
    }

    /** The chosen reflections, in the order chosen; an unknown id or one in the trash is refused. */
    private List<Report.Reflection> chosen(ReportChoices choices, ReportMsg m) {
        Curriculum curriculum = source.get();
        List<Report.Reflection> chosen = new ArrayList<>();
        for (long id : choices.reflections()) {
            JournalJson.Entry entry;
            try {
                entry = journal.get(id);
            } catch (Problem missing) {
                throw unknown(id);
            }
            if (entry.deletedAt() != null) {
                throw Problem.badRequest("reflection-in-trash", "Reflection " + id + " is in the trash; a report "
                        + "never holds the trash.", Map.of("field", "reflection"));
            }
            chosen.add(reflection(entry, curriculum, choices.lang(), m));
        }
        return chosen;
    }

    private static Problem unknown(long id) {
        return Problem.badRequest("unknown-reflection", "There is no reflection " + id + ".",
                Map.of("field", "reflection"));
    }

    private static Report.Reflection reflection(JournalJson.Entry e, Curriculum curriculum, Lang lang,
            ReportMsg m) {
        return new Report.Reflection(e.id(), e.date(), ReportWords.kind(e.kind(), m), e.body(),
                parts(e.fieldInstruction(), curriculum, lang, m));
    }

    private static List<Report.Part> parts(FieldInstruction fi, Curriculum curriculum, Lang lang, ReportMsg m) {
        if (fi == null || fi.isEmpty()) {
            return null;
        }
        List<Report.Part> parts = new ArrayList<>();
        add(parts, m.fi_phase(), fi.phase() == null ? null
                : curriculum.phase(fi.phase()).map(p -> p.title().in(lang)).orElse(fi.phase()));
        add(parts, m.fi_attention(), fi.attentionPattern());
        add(parts, m.fi_depth(), fi.depth() == null ? null : String.valueOf(fi.depth()));
        add(parts, m.fi_assembly(), fi.assemblyPoint());
        add(parts, m.fi_vector(), fi.vectorQuestion());
        return parts;
    }

    private static void add(List<Report.Part> parts, String label, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(new Report.Part(label, text));
        }
    }

    /**
     * The portfolio: the steps of the last rung (build, in the bundled curriculum) that were started
     * or done, each with its note and the live reflections linked to it, newest first.
     */
    private Report.Portfolio portfolio(Curriculum curriculum, Map<String, NodeProgress> all,
            Map<String, StepState> states, Lang lang, ReportMsg m) {
        Rung build = buildRung(curriculum);
        List<Report.BuildStep> steps = new ArrayList<>();
        int notStarted = 0;
        for (Node node : curriculum.nodes()) {
            StepState state = states.get(node.id());
            if (!node.rung().equals(build.id())) {
                continue;
            }
            if (state != StepState.DONE && state != StepState.IN_PROGRESS) {
                notStarted += state == StepState.SKIPPED ? 0 : 1;
                continue;
            }
            NodeProgress p = all.get(node.id());
            List<Report.Reflection> linked = journal.search(SearchQuery.of(null, null, node.id(), null, null, null,
                    null, 1, SearchQuery.MAX_SIZE)).items().stream()
                    .map(e -> reflection(e, curriculum, lang, m)).toList();
            steps.add(new Report.BuildStep(node.id(), curriculum.phase(node.phase()).map(ph -> ph.title().in(lang))
                    .orElse(node.phase()), node.title().in(lang), state.code(), ReportWords.state(state, m),
                    completedOn(p, state), p == null || p.note == null || p.note.isBlank() ? null : p.note, linked));
        }
        return new Report.Portfolio(build.id(), build.title().in(lang), steps, notStarted);
    }

    static Rung buildRung(Curriculum curriculum) {
        List<Rung> rungs = curriculum.rungs();
        return rungs.stream().filter(r -> r.id().equals("build")).findFirst().orElse(rungs.get(rungs.size() - 1));
    }
}
