package app.tropa.model;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** Which model the tutor talks to and whether it answers: asks the server for its models. */
@Path("/api/tutor/model")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    @Inject
    TutorConnection connection;

    @GET
    public Map<String, Object> get() {
        return connection.describe(connection.check());
    }
}
