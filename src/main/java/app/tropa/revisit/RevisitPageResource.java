package app.tropa.revisit;

import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.http.Flag;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressStatus;
import app.tropa.progress.ProgressUpdate;
import app.tropa.review.Grade;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The revisit pages: the list at {@code /revisits}, one step's revisit at {@code /revisits/{id}}.
 * Plain forms carry everything; a refused submit shows the form again with the answer kept.
 */
@Path("/revisits")
@Produces(MediaType.TEXT_HTML)
public class RevisitPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance revisits(Page page, RevisitView.Overview view);

        static native TemplateInstance revisit(Page page, RevisitView.Step view);
    }

    @Inject
    RevisitService revisits;

    @Inject
    ProgressService progress;

    @Inject
    CurriculumSource source;

    @Inject
    Pages pages;

    @Inject
    LearnerTime time;

    @GET
    public TemplateInstance list() {
        Lang lang = pages.lang();
        RevisitMsg msg = RevisitWords.msg(lang);
        RevisitJson.Overview o = revisits.overview(lang);
        RevisitView.Overview view = new RevisitView.Overview(
                o.due().stream().map(s -> item(s, msg.list_due_since(RevisitWords.day(s.dueOn(), lang)), lang, msg))
                        .toList(),
                o.upcoming().stream().map(s -> item(s, msg.list_on(RevisitWords.day(s.dueOn(), lang)), lang, msg))
                        .toList());
        return Templates.revisits(pages.page(msg.list_title(), "revisits"), view).setLocale(lang.locale());
    }

    private static RevisitView.Item item(RevisitJson.Step s, String when, Lang lang, RevisitMsg msg) {
        String last = s.lastRevisitedOn() == null ? msg.list_never()
                : msg.list_last(RevisitWords.day(s.lastRevisitedOn(), lang));
        return new RevisitView.Item(s.nodeId(), s.title(), when, last);
    }

    @GET
    @Path("/{nodeId}")
    public TemplateInstance step(@PathParam("nodeId") String nodeId, @QueryParam("saved") Flag saved) {
        RevisitView.Saved result = Flag.on(saved) ? lastSaved(nodeId) : null;
        return page(nodeId, RevisitView.Form.empty(), List.of(), null, result);
    }

    @POST
    @Path("/{nodeId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object revisit(@PathParam("nodeId") String nodeId, @RestForm String answer, @RestForm String grade,
            @RestForm("checkpoint") List<String> checkpoint) {
        List<Integer> ticked = new ArrayList<>();
        for (String c : checkpoint) {
            try {
                ticked.add(Integer.valueOf(c.strip()));
            } catch (NumberFormatException e) {
                ticked.add(-1);
            }
        }
        try {
            revisits.revisit(nodeId, new RevisitJson.Input(grade, answer, ticked));
        } catch (Problem p) {
            if (!p.keepsForm()) {
                throw p;
            }
            RevisitMsg msg = RevisitWords.msg(pages.lang());
            Object field = p.details().getOrDefault("field", "answer");
            RevisitView.Form form = new RevisitView.Form(answer == null ? "" : answer,
                    pages.refusal(p, refused -> RevisitWords.problem(refused.error(), msg)),
                    String.valueOf(field));
            return Response.status(p.status()).entity(page(nodeId, form, ticked, grade, null)).build();
        }
        return Response.seeOther(URI.create("/revisits/" + nodeId + "?saved=1")).build();
    }

    /** After "again": the learner chose to take the step anew, which takes it off the schedule. */
    @POST
    @Path("/{nodeId}/in-progress")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeAgain(@PathParam("nodeId") String nodeId) {
        node(nodeId);
        progress.update(nodeId, new ProgressUpdate(ProgressStatus.IN_PROGRESS.code(), null, null));
        return Response.seeOther(URI.create("/path/" + nodeId)).build();
    }

    private Node node(String nodeId) {
        return source.get().node(nodeId).orElseThrow(() -> Problem.notFound("unknown-node",
                "There is no step '" + nodeId + "' in the curriculum."));
    }

    private RevisitView.Saved lastSaved(String nodeId) {
        Lang lang = pages.lang();
        List<RevisitJson.Past> history = revisits.history(nodeId);
        Optional<RevisitState> state = revisits.state(nodeId);
        if (history.isEmpty() || state.isEmpty()) {
            return null;
        }
        String next = RevisitWords.day(time.dayOf(state.get().dueAt), lang);
        return new RevisitView.Saved(next, Grade.AGAIN.code().equals(history.get(0).grade()));
    }

    private TemplateInstance page(String nodeId, RevisitView.Form form, List<Integer> ticked, String grade,
            RevisitView.Saved saved) {
        Lang lang = pages.lang();
        RevisitMsg msg = RevisitWords.msg(lang);
        Node node = node(nodeId);
        String title = node.title().in(lang);
        Page page = pages.page(msg.step_title(title), "revisits");
        ProgressStatus status = progress.statuses().getOrDefault(nodeId, ProgressStatus.NOT_STARTED);
        List<RevisitView.PastItem> history = history(nodeId, node, lang, msg);
        if (status != ProgressStatus.DONE) {
            RevisitView.Step view = new RevisitView.Step(nodeId, title, node.vectorQuestion().in(lang), null, null,
                    List.of(), List.of(), history, msg.step_not_done(RevisitWords.status(status, msg)), saved, form);
            return Templates.revisit(page, view).setLocale(lang.locale());
        }
        RevisitState state = revisits.state(nodeId).orElseThrow();
        List<RevisitView.Checkpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < node.checkpoints().size(); i++) {
            checkpoints.add(new RevisitView.Checkpoint(i, node.checkpoints().get(i).in(lang), ticked.contains(i)));
        }
        Map<Grade, Integer> days = revisits.preview(nodeId);
        List<RevisitView.GradeChoice> grades = List.of(Grade.values()).stream()
                .map(g -> new RevisitView.GradeChoice(g.code(), RevisitWords.grade(g, msg),
                        RevisitWords.inDays(days.get(g), lang, msg), g.code().equals(grade)))
                .toList();
        java.time.Instant completedAt = progress.all().get(nodeId).completedAt;
        String doneOn = completedAt == null ? null : msg.step_done_on(RevisitWords.day(time.dayOf(completedAt), lang));
        String due = RevisitWords.day(time.dayOf(state.dueAt), lang);
        String schedule = state.revisited() ? msg.step_last(RevisitWords.day(time.dayOf(state.lastRevisitAt), lang))
                + " " : "";
        schedule += state.dueAt.isAfter(time.now()) ? msg.step_not_due(due) : msg.step_due(due);
        RevisitView.Step view = new RevisitView.Step(nodeId, title, node.vectorQuestion().in(lang), doneOn, schedule,
                checkpoints, grades, history, null, saved, form);
        return Templates.revisit(page, view).setLocale(lang.locale());
    }

    private List<RevisitView.PastItem> history(String nodeId, Node node, Lang lang, RevisitMsg msg) {
        return revisits.history(nodeId).stream()
                .map(p -> new RevisitView.PastItem(msg.step_history_item(
                        RevisitWords.day(time.dayOf(p.revisitedAt()), lang),
                        Grade.parse(p.grade()).map(g -> RevisitWords.grade(g, msg)).orElse(p.grade()),
                        p.checkpoints().size(), node.checkpoints().size()), p.reflectionId()))
                .toList();
    }
}
