package app.tropa.journal;

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

import java.net.URI;
import java.util.List;

/** Letters to a future self as JSON; a sealed letter never carries its text. */
@Path("/api/letters")
@Produces(MediaType.APPLICATION_JSON)
public class LetterResource {

    @Inject
    LetterService letters;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(JournalJson.LetterInput input) {
        JournalJson.Letter letter = letters.write(input);
        return Response.created(URI.create("/api/letters/" + letter.id())).entity(letter).build();
    }

    /** Every letter, or with {@code q} the open letters whose text has every word. */
    @GET
    public JournalJson.Letters list(@QueryParam("q") String q) {
        List<JournalJson.Letter> items = q == null || q.isBlank() ? letters.all()
                : letters.searchOpen(SearchText.terms(q));
        return new JournalJson.Letters(items, items.size());
    }

    @GET
    @Path("/{id}")
    public JournalJson.Letter get(@PathParam("id") long id) {
        return letters.get(id);
    }

    /** Marks an open letter as read, so the dashboard stops announcing it. */
    @POST
    @Path("/{id}/read")
    public JournalJson.Letter read(@PathParam("id") long id) {
        letters.markRead(List.of(id));
        return letters.get(id);
    }
}
