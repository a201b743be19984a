package app.tropa.review;

import app.tropa.http.Problem;
import app.tropa.i18n.RequestLang;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

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
    public List<ReviewJson.Due> due(@QueryParam("limit") @Min(1) @Max(ReviewService.MAX_LIMIT) Integer limit) {
        return reviews.due(limit == null ? DEFAULT_LIMIT : limit, lang.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewJson.Result review(ReviewJson.Input input) {
        if (input == null) {
            throw Problem.badRequest("missing-body", "Send a JSON body such as {\"termId\":\"token\",\"grade\":\"good\"}.");
        }
        return reviews.review(input.termId(), input.grade());
    }

}
