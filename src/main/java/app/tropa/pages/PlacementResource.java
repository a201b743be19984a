package app.tropa.pages;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.progress.Placement;
import app.tropa.progress.PlacementService;
import app.tropa.progress.Position;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressStatus;
import app.tropa.tutor.TutorJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * "Find my place" as JSON: {@code {"checkpoints":{"<nodeId>":[0,2]}}} — the checkpoints the learner
 * can already do — previewed, saved, and the last placement undone.
 */
@Path("/api/placement")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    public record Ticks(Map<String, List<Integer>> checkpoints) {
    }

    public record Change(String nodeId, ProgressStatus from, ProgressStatus to, List<Integer> ticked) {
    }

    /** The changes, and where the learner stands with them (or would stand, for a preview). */
    public record Result(boolean saved, List<Change> changes, TutorJson.PositionJson position,
            List<TutorJson.Step> next) {
    }

    public record Last(Instant at, List<String> nodeIds, boolean undoable, String refusal) {
    }

    public record Undone(List<String> restored) {
    }

    @Inject
    PlacementService placement;

    @Inject
    ProgressService progress;

    @Inject
    CurriculumSource source;

    @Inject
    Pages pages;

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Result preview(Ticks ticks) {
        List<Placement.Change> changes = placement.preview(checked(ticks));
        return result(false, changes, Placement.statusesAfter(progress.statuses(), changes));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Result place(Ticks ticks) {
        List<Placement.Change> changes = placement.place(checked(ticks));
        return result(true, changes, progress.statuses());
    }

    /** The last placement, if any, and whether it can still be undone. */
    @GET
    public Last last() {
        PlacementService.Last last = placement.last().orElseThrow(() -> Problem.notFound("no-placement",
                "No placement has been made."));
        return new Last(last.at(), last.nodeIds(), last.undoable(), last.refusal().map(Problem::error).orElse(null));
    }

    @POST
    @Path("/undo")
    public Undone undo() {
        return new Undone(placement.undo());
    }

    private static Map<String, List<Integer>> checked(Ticks ticks) {
        if (ticks == null || ticks.checkpoints() == null) {
            throw Problem.badRequest("missing-checkpoints", "Send the checkpoints you can do, such as "
                    + "{\"checkpoints\":{\"why-your-own-ai\":[0,1]}}.", Map.of("field", "checkpoints"));
        }
        return ticks.checkpoints();
    }

    private Result result(boolean saved, List<Placement.Change> changes, Map<String, ProgressStatus> statuses) {
        Curriculum curriculum = source.get();
        Lang lang = pages.lang();
        Position p = Position.of(curriculum, statuses);
        List<TutorJson.Step> next = PlacementView.next(curriculum, statuses, lang, pages.msg()).stream()
                .map(s -> new TutorJson.Step(s.nodeId(), s.title(), s.reason())).toList();
        return new Result(saved, changes.stream().map(c -> new Change(c.node().id(), c.from(), c.to(),
                c.newlyTicked())).toList(), new TutorJson.PositionJson(p.phase(), p.rung(), p.complete()), next);
    }
}
