package app.tropa.journal;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The journal as JSON: entries, their revisions, the trash and search. */
@Path("/api/reflections")
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    @Inject
    JournalService journal;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(EntryInput input) {
        JournalJson.Entry entry = journal.create(input);
        return Response.created(URI.create("/api/reflections/" + entry.id())).entity(entry).build();
    }

    @GET
    public JournalJson.Entries search(@QueryParam("q") String q, @QueryParam("tag") String tag,
            @QueryParam("nodeId") String nodeId, @QueryParam("termId") String termId, @QueryParam("kind") String kind,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("page") @Min(1) Integer page,
            @QueryParam("size") @Min(1) @Max(SearchQuery.MAX_SIZE) Integer size) {
        return journal.search(SearchQuery.of(q, tag, nodeId, termId, kind, from, to, page, size));
    }

    @GET
    @Path("/trash")
    public Map<String, Object> trash() {
        List<JournalJson.Entry> items = journal.trashed();
        return Map.of("items", items, "total", items.size());
    }

    /** Deletes everything in the trash for good. */
    @DELETE
    @Path("/trash")
    public Map<String, Object> emptyTrash() {
        return Map.of("deleted", journal.emptyTrash());
    }

    @GET
    @Path("/{id}")
    public JournalJson.Entry get(@PathParam("id") long id) {
        return journal.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JournalJson.Entry update(@PathParam("id") long id, EntryInput input) {
        return journal.update(id, input);
    }

    /** Moves the entry to the trash. */
    @DELETE
    @Path("/{id}")
    public Response trash(@PathParam("id") long id) {
        journal.trash(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/restore")
    public JournalJson.Entry restore(@PathParam("id") long id) {
        return journal.restore(id);
    }

    @GET
    @Path("/{id}/revisions")
    public List<JournalJson.Revision> revisions(@PathParam("id") long id) {
        return journal.revisions(id);
    }

    /** Brings an earlier version back as a new revision; nothing in between is lost. */
    @POST
    @Path("/{id}/revisions/{revision}/restore")
    public JournalJson.Entry restoreRevision(@PathParam("id") long id, @PathParam("revision") int revision) {
        return journal.restoreRevision(id, revision);
    }
}
