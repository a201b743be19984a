package app.tropa.pages;

import app.tropa.tutor.Heatmap;
import app.tropa.tutor.TutorService;
import app.tropa.tutor.TutorWords;
import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Phase;
import app.tropa.exchange.BackupAlert;
import app.tropa.exchange.Backups;
import app.tropa.journal.JournalPages;
import app.tropa.journal.JournalService;
import app.tropa.journal.LetterService;
import app.tropa.progress.ProgressJson;
import app.tropa.progress.PaceService;
import app.tropa.progress.ProgressService;
import app.tropa.i18n.RhythmWords;
import app.tropa.review.ReviewService;
import app.tropa.revisit.RevisitJson;
import app.tropa.revisit.RevisitService;
import app.tropa.revisit.RevisitWords;
import app.tropa.i18n.Lang;
import app.tropa.i18n.Msg;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The dashboard: where the learner is, what is next, and how the days have gone. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Page page, DashboardView view);
    }

    @Inject
    TutorService tutor;

    @Inject
    ProgressService progress;

    @Inject
    CurriculumSource source;

    @Inject
    Pages pages;

    @Inject
    ReviewService reviews;

    @Inject
    RevisitService revisitService;

    @Inject
    JournalService journal;

    @Inject
    LetterService letters;

    @Inject
    JournalPages journalViews;

    @Inject
    FirstVisit firstVisit;

    @Inject
    PaceService pace;

    @Inject
    Backups backups;

    @Inject
    app.tropa.platform.LearnerTime time;

    /** The dashboard, or the welcome while the data folder holds nothing of the learner's. */
    @GET
    public TemplateInstance dashboard() {
        if (firstVisit.welcomeDue()) {
            Page page = pages.page(WelcomeResource.words(pages.lang()).welcome_title(), "dashboard");
            return WelcomeResource.Templates.welcome(page).setLocale(page.lang().locale());
        }
        Msg msg = pages.msg();
        Page page = pages.page(msg.dashboard_title(), "dashboard");
        return Templates.dashboard(page, view(page.lang(), msg)).setLocale(page.lang().locale());
    }

    private DashboardView.Revisits revisits(Lang lang) {
        RevisitJson.Overview o = revisitService.overview(lang);
        String first = o.due().isEmpty() ? null : o.due().get(0).nodeId();
        String next = o.upcoming().isEmpty() ? null : RevisitWords.day(o.upcoming().get(0).dueOn(), lang);
        return new DashboardView.Revisits(o.due().size(), first, next);
    }

    private DashboardView view(Lang lang, Msg msg) {
        Curriculum curriculum = source.get();
        TutorService.Tutor t = tutor.tutor(lang);
        ProgressJson.Overview overview = progress.overview();
        List<DashboardView.Row> rows = curriculum.phases().stream().map(phase -> new DashboardView.Row(phase,
                curriculum.rungs().stream().map(rung -> {
                    ProgressJson.CellCount cell = overview.cells().stream()
                            .filter(c -> c.phase().equals(phase.id()) && c.rung().equals(rung.id()))
                            .findFirst().orElseThrow();
                    boolean current = phase.id().equals(t.position().phase()) && rung.id().equals(t.position().rung());
                    return new DashboardView.CellView(rung, cell.done(), cell.total(), current);
                }).toList())).toList();
        Phase phase = curriculum.phase(t.position().phase()).orElseThrow();
        String position = msg.dashboard_position(phase.title().in(lang),
                curriculum.rung(t.position().rung()).orElseThrow().title().in(lang));
        int done = overview.phases().values().stream().mapToInt(ProgressJson.Count::done).sum();
        int total = overview.phases().values().stream().mapToInt(ProgressJson.Count::total).sum();
        return new DashboardView(curriculum.rungs(), rows, position, t.position().complete(),
                t.next().stream().map(s -> new DashboardView.Step(s.node().id(), s.node().title().in(lang),
                        TutorWords.reason(s, msg))).toList(),
                t.nudges().stream().map(n -> new DashboardView.NudgeView(TutorWords.kind(n),
                        TutorWords.message(n, msg), TutorWords.suggestion(n, msg))).toList(),
                t.prompt(), t.streak(), Heatmap.of(t.activity(), lang.locale()), overview.percent(), done, total,
                reviews.dueCount(), revisits(lang), journalViews.highlights(lang, journal.onThisDay(), letters.ready()),
                PaceWords.sentences(pace.projection(), curriculum, lang, RhythmWords.msg(lang)),
                BackupAlert.of(backups.notice(), lang, time.zone()).orElse(null));
    }
}
