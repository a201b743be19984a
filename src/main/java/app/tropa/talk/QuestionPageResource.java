package app.tropa.talk;

import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.model.ModelFailure;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;

/** Review questions from a step's page: the model's suggestions, then the ones the learner keeps. */
@Path("/tutor/questions/{id}")
@Produces(MediaType.TEXT_HTML)
public class QuestionPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questions(Page page, View view);
    }

    /** The suggestions to choose from, or how many were kept, or why there are none. */
    public record View(String nodeId, String title, List<QuestionService.Suggestion> suggestions, Integer kept,
            String error) {
    }

    @Inject
    QuestionService questions;

    @Inject
    CurriculumSource source;

    @Inject
    Pages pages;

    @POST
    public Response suggest(@PathParam("id") String nodeId) {
        Lang lang = pages.lang();
        Node node = node(nodeId);
        try {
            List<QuestionService.Suggestion> list = questions.suggest(nodeId, lang);
            return Response.ok(page(node, list, null, null)).build();
        } catch (ModelFailure f) {
            return Response.status(f.status()).entity(page(node, List.of(), null,
                    TalkWords.failure(f.code(), TalkWords.msg(lang)))).build();
        } catch (Problem p) {
            return Response.status(p.status()).entity(page(node, List.of(), null, TalkWords.refusal(p, lang)))
                    .build();
        }
    }

    @POST
    @Path("/keep")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response keep(@PathParam("id") String nodeId, @RestForm List<String> question,
            @RestForm List<String> answer, @RestForm List<Integer> keep) {
        Node node = node(nodeId);
        List<QuestionService.Suggestion> offered = new ArrayList<>();
        for (int i = 0; i < Math.min(question.size(), answer.size()); i++) {
            offered.add(new QuestionService.Suggestion(question.get(i), answer.get(i)));
        }
        List<Integer> chosen = keep.stream().filter(i -> i != null && i >= 0 && i < offered.size()).distinct().toList();
        if (chosen.isEmpty()) {
            return Response.status(400).entity(page(node, offered, null,
                    TalkWords.msg(pages.lang()).questions_none_ticked())).build();
        }
        for (int i : chosen) {
            questions.keep(nodeId, offered.get(i).question(), offered.get(i).answer(), pages.lang());
        }
        return Response.ok(page(node, List.of(), chosen.size(), null)).build();
    }

    private Node node(String nodeId) {
        return source.get().node(nodeId).orElseThrow(() -> Problem.notFound("unknown-node",
                "There is no step " + nodeId + " on the path."));
    }

    private TemplateInstance page(Node node, List<QuestionService.Suggestion> list, Integer kept, String error) {
        Lang lang = pages.lang();
        String title = node.title().in(lang);
        Page page = pages.page(TalkWords.msg(lang).questions_title(title), "path");
        return Templates.questions(page, new View(node.id(), title, list, kept, error)).setLocale(lang.locale());
    }
}
