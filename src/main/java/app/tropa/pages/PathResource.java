package app.tropa.pages;

import jakarta.ws.rs.QueryParam;

import app.tropa.progress.StepState;

import app.tropa.http.Flag;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumResource;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.glossary.GlossaryService;
import app.tropa.progress.ProgressHistory;
import app.tropa.progress.ProgressJson;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressUpdate;
import app.tropa.http.MarkdownRenderer;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/**
 * The path pages: the phase × rung map and one page per node, where the learner also marks
 * progress with plain forms (post, then redirect back), so nothing needs JavaScript.
 */
@Path("/path")
@Produces(MediaType.TEXT_HTML)
public class PathResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance map(Page page, PathView.Map map);

        static native TemplateInstance node(Page page, PathView.NodePage view);
    }

    @Inject
    CurriculumSource source;

    @Inject
    Pages pages;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    ProgressService progress;

    @Inject
    ProgressHistory history;


    @Inject
    GlossaryService glossary;

    /** The map with the learner's state on every step; {@code ?now=1} keeps only the steps open now. */
    @GET
    public TemplateInstance map(@QueryParam("now") Flag now) {
        Page page = pages.page(pages.msg().path_title(), "path");
        List<ProgressJson.NodeState> retired = progress.overview().nodes().stream()
                .filter(ProgressJson.NodeState::retired).toList();
        Curriculum curriculum = source.get();
        return Templates.map(page, PathView.map(curriculum, retired, StepState.of(curriculum, progress.statuses()),
                Flag.on(now))).setLocale(page.lang().locale());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance node(@PathParam("id") String id) {
        return nodePage(id, null, null);
    }

    private TemplateInstance nodePage(String id, String noteDraft, String noteError) {
        Curriculum curriculum = source.get();
        Node node = curriculum.node(id).orElseThrow(() -> CurriculumResource.unknownNode(id));
        Page page = pages.page(node.title().in(pages.lang()), "path");
        String body = markdown.toHtml(node.body().in(page.lang()));
        ProgressJson.NodeState state = progress.state(id);
        List<Node> open = state.openPrerequisites().stream().map(p -> curriculum.node(p).orElseThrow()).toList();
        PathView.Progress view = new PathView.Progress(state, open,
                history.lines(id, page.lang()), noteDraft != null ? noteDraft : state.note(), noteError);
        return Templates.node(page, PathView.node(curriculum, node, body, view, glossary.metaphorTexts(node.terms())))
                .setLocale(page.lang().locale());
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("id") String id, @RestForm String status) {
        progress.update(id, new ProgressUpdate(status, null, null));
        return backTo(id);
    }

    @POST
    @Path("/{id}/checkpoints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkpoints(@PathParam("id") String id, @RestForm List<Integer> checkpoint) {
        progress.update(id, new ProgressUpdate(null, checkpoint == null ? List.of() : checkpoint, null));
        return backTo(id);
    }

    @POST
    @Path("/{id}/note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("id") String id, @RestForm String note) {
        try {
            progress.update(id, new ProgressUpdate(null, null, note == null ? "" : note));
        } catch (Problem e) {
            if (!e.keepsForm()) {
                throw e;
            }
            String reason = pages.refusal(e,
                    refused -> pages.msg().progress_note_too_long(ProgressService.MAX_NOTE, note.length()));
            return Response.status(e.status()).entity(nodePage(id, note, reason)).build();
        }
        return backTo(id);
    }

    private static Response backTo(String id) {
        return Response.seeOther(URI.create("/path/" + id + "#progress")).build();
    }
}
