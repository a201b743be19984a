package app.tropa.revisit;

import app.tropa.i18n.RequestLang;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code /api/revisits}: done steps coming back, and a revisit of one. */
@Path("/api/revisits")
@Produces(MediaType.APPLICATION_JSON)
public class RevisitResource {

    @Inject
    RevisitService revisits;

    @Inject
    RequestLang lang;

    @GET
    public RevisitJson.Overview overview() {
        return revisits.overview(lang.get());
    }

    @GET
    @Path("/{nodeId}")
    public RevisitJson.Preview preview(@PathParam("nodeId") String nodeId) {
        return new RevisitJson.Preview(nodeId, RevisitService.byCode(revisits.preview(nodeId)));
    }

    @GET
    @Path("/{nodeId}/history")
    public List<RevisitJson.Past> history(@PathParam("nodeId") String nodeId) {
        return revisits.history(nodeId);
    }

    @POST
    @Path("/{nodeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RevisitJson.Result revisit(@PathParam("nodeId") String nodeId, RevisitJson.Input input) {
        return revisits.revisit(nodeId, input);
    }
}
