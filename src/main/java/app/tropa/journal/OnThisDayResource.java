package app.tropa.journal;

import app.tropa.platform.LearnerTime;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;

/** Entries that come back on a day (today unless {@code date} is given). */
@Path("/api/on-this-day")
@Produces(MediaType.APPLICATION_JSON)
public class OnThisDayResource {

    @Inject
    JournalService journal;

    @Inject
    LearnerTime time;

    @GET
    public JournalJson.OnThisDay get(@QueryParam("date") LocalDate date) {
        return journal.onThisDay(date == null ? time.today() : date);
    }
}
