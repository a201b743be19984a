package app.tropa.curriculum;

import jakarta.ws.rs.QueryParam;

import app.tropa.http.Flag;

import app.tropa.http.MarkdownRenderer;
import app.tropa.http.Problem;
import app.tropa.i18n.RequestLang;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The curriculum as JSON: {@code ?lang=en|ru}, else the remembered or browser language. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class CurriculumResource {

    @Inject
    CurriculumSource source;

    @Inject
    RequestLang lang;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    jakarta.enterprise.inject.Instance<StepStates> progress;

    /** The whole curriculum; {@code ?withProgress=true} adds each node's state for the learner. */
    @GET
    @Path("/curriculum")
    public CurriculumJson.Document curriculum(@QueryParam("withProgress") Flag withProgress) {
        Curriculum c = source.get();
        java.util.Map<String, String> states = Flag.on(withProgress) && progress.isResolvable()
                ? progress.get().states(c) : java.util.Map.of();
        return CurriculumJson.of(c, lang.get(), states);
    }

    @GET
    @Path("/nodes/{id}")
    public CurriculumJson.NodeDetail node(@PathParam("id") String id) {
        Curriculum curriculum = source.get();
        Node node = curriculum.node(id).orElseThrow(() -> unknownNode(id));
        return CurriculumJson.of(node, lang.get(), markdown.toHtml(node.body().in(lang.get())), curriculum.version());
    }

    public static Problem unknownNode(String id) {
        return Problem.notFound("unknown-node", "There is no node with id '" + id + "' in the curriculum.");
    }
}
