package app.tropa.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The front door: the path map, until the dashboard takes its place. */
@Path("/")
public class HomeResource {

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/path")).build();
    }
}
