package app.tropa.glossary;

import app.tropa.curriculum.CurriculumSource;
import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.http.Flag;
import app.tropa.http.Problem;
import app.tropa.i18n.RequestLang;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The glossary as JSON: terms, the learner's own terms, metaphor and card versions. */
@Path("/api/terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

    @Inject
    GlossaryService glossary;

    @Inject
    CurriculumSource source;

    @Inject
    RequestLang lang;

    @Inject
    LearnerTime time;

    @GET
    public List<GlossaryJson.Summary> list(@QueryParam("q") String q, @QueryParam("nodeId") String nodeId,
            @QueryParam("phase") String phase, @QueryParam("hasMetaphor") Flag hasMetaphor,
            @QueryParam("mine") Flag mine) {
        Lang current = lang.get();
        TermSearch.Query query = new TermSearch.Query(blankToNull(q), blankToNull(nodeId), blankToNull(phase),
                Flag.on(hasMetaphor), Flag.on(mine));
        return glossary.entries(query, current).stream().map(e -> GlossaryJson.Summary.of(e, current)).toList();
    }

    @GET
    @Path("/{id}")
    public GlossaryJson.Detail detail(@PathParam("id") String id) {
        return detail(glossary.entry(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(GlossaryJson.TermInput input) {
        if (input == null) {
            throw missingBody("{\"title\":\"…\",\"definition\":\"…\"}");
        }
        GlossaryTerm term = glossary.create(input.title(), input.definition());
        return Response.created(URI.create("/api/terms/" + term.id())).entity(detail(glossary.entry(term.id())))
                .build();
    }

    @POST
    @Path("/{id}/metaphors")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response writeMetaphor(@PathParam("id") String id, GlossaryJson.MetaphorInput input) {
        if (input == null) {
            throw missingBody("{\"text\":\"…\"}");
        }
        return saved(glossary.writeMetaphor(id, input.text()), GlossaryJson.Metaphor::of);
    }

    @GET
    @Path("/{id}/metaphors")
    public List<GlossaryJson.Metaphor> metaphors(@PathParam("id") String id) {
        glossary.require(id);
        return glossary.metaphors(id).stream().map(GlossaryJson.Metaphor::of).toList();
    }

    @POST
    @Path("/{id}/metaphors/{version}/restore")
    public Response restoreMetaphor(@PathParam("id") String id, @PathParam("version") int version) {
        return saved(glossary.restoreMetaphor(id, version), GlossaryJson.Metaphor::of);
    }

    @PUT
    @Path("/{id}/card")
    @Consumes(MediaType.APPLICATION_JSON)
    public GlossaryJson.Card writeCard(@PathParam("id") String id, GlossaryJson.CardInput input) {
        if (input == null) {
            throw missingBody("{\"statement\":\"…\",\"example\":\"…\",\"counterexample\":\"…\",\"analogy\":\"…\","
                    + "\"application\":\"…\"}");
        }
        return GlossaryJson.Card.of(glossary.writeCard(id, input.card()).version());
    }

    @GET
    @Path("/{id}/card/history")
    public List<GlossaryJson.Card> cardHistory(@PathParam("id") String id) {
        glossary.require(id);
        return glossary.cards(id).stream().map(GlossaryJson.Card::of).toList();
    }

    @POST
    @Path("/{id}/card/{version}/restore")
    public Response restoreCard(@PathParam("id") String id, @PathParam("version") int version) {
        return saved(glossary.restoreCard(id, version), GlossaryJson.Card::of);
    }

    private GlossaryJson.Detail detail(TermEntry entry) {
        Lang current = lang.get();
        List<GlossaryJson.Ref> related = entry.term().related().stream().map(glossary::find)
                .flatMap(Optional::stream).map(t -> new GlossaryJson.Ref(t.id(), t.title().in(current))).toList();
        return GlossaryJson.Detail.of(entry, related, source.get(), current, time.now());
    }

    /** 201 for a new version; 200 with the current one when the text was already current. */
    private static <T> Response saved(GlossaryService.Saved<T> saved, java.util.function.Function<T, ?> json) {
        return Response.status(saved.created() ? 201 : 200).entity(json.apply(saved.version())).build();
    }

    private static Problem missingBody(String example) {
        return Problem.badRequest("missing-body", "Send a JSON body such as " + example + ".");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
