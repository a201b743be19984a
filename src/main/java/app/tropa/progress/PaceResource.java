package app.tropa.progress;

import app.tropa.http.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Target dates and the projection from the learner's pace, as JSON. */
@Path("/api/pace")
@Produces(MediaType.APPLICATION_JSON)
public class PaceResource {

    /** {@code PUT /api/pace}: the targets by phase id or {@code path}, ISO dates; left out means none. */
    public record Input(Map<String, String> targets) {
    }

    /** The targets, the measured pace (null under two weeks of history) and every goal. */
    public record Answer(Map<String, LocalDate> targets, LocalDate today, boolean enoughHistory, Measure pace,
            List<Pace.Goal> phases, Pace.Goal path) {
    }

    public record Measure(int days, int stepsDone, double hoursDone, double stepsPerWeek, double hoursPerWeek) {
    }

    @Inject
    PaceService pace;

    @GET
    public Answer get() {
        Pace.Projection p = pace.projection();
        Pace.Measure m = p.measure();
        return new Answer(pace.targets(), p.today(), p.enoughHistory(), m == null ? null
                : new Measure(m.days(), m.stepsDone(), m.hoursDone(), round(m.stepsPerWeek()), round(m.hoursPerWeek())),
                p.phases(), p.path());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Answer put(Input input) {
        if (input == null || input.targets() == null) {
            throw Problem.badRequest("missing-targets", "Send a JSON body such as {\"targets\":{\"integration\":"
                    + "\"2027-03-01\"}}; an empty object clears every target.", Map.of("field", "targets"));
        }
        pace.setTargets(input.targets());
        return get();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
