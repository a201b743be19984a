package app.tropa.talk;

import app.tropa.i18n.RequestLang;
import app.tropa.model.ModelFailure;
import app.tropa.review.ReviewJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/** Review questions from a step: suggested by the model tutor, kept by the learner. */
@Path("/api/nodes/{id}/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @Inject
    QuestionService questions;

    @Inject
    RequestLang lang;

    public record Kept(String question, String answer) {
    }

    /** 3 to 5 suggestions grounded in the lesson; nothing is saved. */
    @POST
    public Map<String, Object> suggest(@PathParam("id") String nodeId) {
        try {
            List<QuestionService.Suggestion> list = questions.suggest(nodeId, lang.get());
            return Map.of("nodeId", nodeId, "questions", list);
        } catch (ModelFailure f) {
            throw TalkWords.problem(f, null, lang.get());
        }
    }

    /** Keeps one question and its answer: it joins spaced review beside the terms. */
    @POST
    @Path("/kept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response keep(@PathParam("id") String nodeId, Kept input) {
        ReviewJson.KeptQuestion kept = questions.keep(nodeId, input == null ? null : input.question(),
                input == null ? null : input.answer(), lang.get());
        return Response.status(201).entity(kept).build();
    }
}
