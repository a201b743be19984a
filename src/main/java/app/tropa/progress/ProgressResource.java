package app.tropa.progress;

import app.tropa.platform.LearnerTime;
import app.tropa.http.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Progress as JSON: the learner's state per node, counts, and the event log. */
@Path("/api/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    ProgressService progress;

    @Inject
    LearnerTime time;

    @PUT
    @Path("/{nodeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgressJson.NodeState update(@PathParam("nodeId") String nodeId, ProgressUpdate update) {
        if (update == null) {
            throw Problem.badRequest("missing-body", "Send a JSON body such as {\"status\":\"in_progress\"}.");
        }
        return progress.update(nodeId, update);
    }

    @GET
    public ProgressJson.Overview overview() {
        return progress.overview();
    }

    @GET
    @Path("/events")
    public List<ProgressJson.Event> events(@QueryParam("nodeId") String nodeId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") @DefaultValue("500") int limit) {
        if (limit < 1 || limit > 5000) {
            throw Problem.badRequest("invalid-limit", "limit must be between 1 and 5000.", Map.of("field", "limit"));
        }
        return progress.events(nodeId, bound("from", from, false), bound("to", to, true), limit);
    }

    /** A day (the learner's local day; {@code to} includes it) or an exact instant. */
    private Instant bound(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(time.zone()).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw Problem.badRequest("invalid-date", "'" + value + "' is not a date (YYYY-MM-DD) or an instant "
                    + "(YYYY-MM-DDThh:mm:ssZ).", Map.of("field", field));
        }
    }
}
