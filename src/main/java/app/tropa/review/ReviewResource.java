package app.tropa.review;

import app.tropa.http.Problem;
import app.tropa.i18n.RequestLang;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** Spaced review as JSON: what is due, and grading a review. */
@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    static final int DEFAULT_LIMIT = 50;

    @Inject
    ReviewService reviews;

    @Inject
    RequestLang lang;

    @GET
    @Path("/due")
    public List<ReviewJson.Due> due(@QueryParam("limit") String limit) {
        return reviews.due(limit(limit), lang.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewJson.Result review(ReviewJson.Input input) {
        if (input == null) {
            throw Problem.badRequest("missing-body", "Send a JSON body such as {\"termId\":\"token\",\"grade\":\"good\"}.");
        }
        return reviews.review(input.termId(), input.grade());
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("invalid-limit", "limit must be a whole number between 1 and "
                    + ReviewService.MAX_LIMIT + ", not '" + value + "'.", Map.of("field", "limit"));
        }
    }
}
