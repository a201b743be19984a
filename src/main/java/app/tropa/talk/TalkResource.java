package app.tropa.talk;

import app.tropa.i18n.RequestLang;
import app.tropa.model.ModelFailure;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Talks with the model tutor as JSON. Each message is saved before the model is asked. */
@Path("/api/tutor/talks")
@Produces(MediaType.APPLICATION_JSON)
public class TalkResource {

    @Inject
    TalkService talks;

    @Inject
    RequestLang lang;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(TalkJson.Start input) {
        TalkJson.AboutJson about = input == null || input.about() == null ? new TalkJson.AboutJson(null, null)
                : input.about();
        long id = talks.start(About.of(about.type(), about.id()), input == null ? null : input.message(), lang.get());
        return Response.created(URI.create("/api/tutor/talks/" + id)).entity(answer(id)).build();
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public TalkJson.Talk say(@PathParam("id") long id, TalkJson.Say input) {
        talks.say(id, input == null ? null : input.message(), lang.get());
        return answer(id);
    }

    /** Asks again for the last message the model failed to answer. */
    @POST
    @Path("/{id}/retry")
    public TalkJson.Talk retry(@PathParam("id") long id) {
        talks.retry(id);
        return answer(id);
    }

    private TalkJson.Talk answer(long id) {
        try {
            return talks.answer(id, text -> { }, () -> false);
        } catch (ModelFailure f) {
            throw TalkWords.problem(f, id, lang.get());
        }
    }

    @GET
    public Map<String, Object> list() {
        List<TalkJson.Summary> items = talks.list();
        return Map.of("items", items, "total", items.size());
    }

    @GET
    @Path("/trash")
    public Map<String, Object> trash() {
        List<TalkJson.Summary> items = talks.trashed();
        return Map.of("items", items, "total", items.size());
    }

    @GET
    @Path("/{id}")
    public TalkJson.Talk get(@PathParam("id") long id) {
        return talks.get(id);
    }

    /** Moves the talk to the trash. */
    @DELETE
    @Path("/{id}")
    public Response trash(@PathParam("id") long id) {
        talks.trash(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/restore")
    public TalkJson.Talk restore(@PathParam("id") long id) {
        return talks.restore(id);
    }
}
