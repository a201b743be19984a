package app.tropa.progress;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumLoader;
import app.tropa.http.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.tropa.progress.ProgressStatus.DONE;
import static app.tropa.progress.ProgressStatus.IN_PROGRESS;
import static app.tropa.progress.ProgressStatus.NOT_STARTED;
import static app.tropa.progress.ProgressStatus.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The placement rule, ticked checkpoints to statuses, on the bundled curriculum. */
class PlacementTest {

    static final Curriculum PATH = new CurriculumLoader().load(Path.of("curriculum"));

    private static List<Placement.Change> place(Map<String, Placement.Current> current,
            Map<String, List<Integer>> ticks) {
        return Placement.changes(PATH, current, ticks);
    }

    @Test
    void aStepWithEveryCheckpointTickedIsDone() {
        List<Placement.Change> changes = place(Map.of(), Map.of("why-your-own-ai", List.of(0, 1, 2)));

        assertEquals(1, changes.size());
        Placement.Change c = changes.get(0);
        assertEquals("why-your-own-ai", c.node().id());
        assertEquals(NOT_STARTED, c.from());
        assertEquals(DONE, c.to());
        assertEquals(List.of(0, 1, 2), c.newlyTicked());
    }

    @Test
    void aStepWithSomeCheckpointsTickedIsInProgressWithThoseTicked() {
        Placement.Change c = place(Map.of(), Map.of("first-conversations", List.of(2, 0))).get(0);

        assertEquals(IN_PROGRESS, c.to());
        assertEquals(List.of(0, 2), c.newlyTicked());
    }

    @Test
    void stepsWithNothingTickedStayAsTheyAre() {
        List<Placement.Change> changes = place(Map.of(), Map.of("why-your-own-ai", List.of(),
                "first-conversations", List.of(1)));

        assertEquals(List.of("first-conversations"), changes.stream().map(c -> c.node().id()).toList());
    }

    @Test
    void changesComeInPathOrderWhateverOrderTheTicksCameIn() {
        List<Placement.Change> changes = place(Map.of(), Map.of("choosing-your-first-build", List.of(0),
                "why-your-own-ai", List.of(0), "what-tuning-changes", List.of(0)));

        assertEquals(List.of("why-your-own-ai", "what-tuning-changes", "choosing-your-first-build"),
                changes.stream().map(c -> c.node().id()).toList());
    }

    @Test
    void ticksJoinTheOnesAlreadyThereAndCanFinishAStep() {
        Map<String, Placement.Current> current = Map.of("why-your-own-ai",
                new Placement.Current(IN_PROGRESS, List.of(0, 1)));

        Placement.Change c = place(current, Map.of("why-your-own-ai", List.of(1, 2))).get(0);

        assertEquals(IN_PROGRESS, c.from());
        assertEquals(DONE, c.to());
        assertEquals(List.of(2), c.newlyTicked());
    }

    @Test
    void ticksAlreadyThereChangeNothing() {
        Map<String, Placement.Current> current = Map.of("why-your-own-ai",
                new Placement.Current(IN_PROGRESS, List.of(0, 1)));

        assertEquals(List.of(), place(current, Map.of("why-your-own-ai", List.of(0, 1))));
    }

    @Test
    void stepsAlreadyDoneOrSkippedAreLeftAlone() {
        Map<String, Placement.Current> current = Map.of(
                "why-your-own-ai", new Placement.Current(DONE, List.of()),
                "first-conversations", new Placement.Current(SKIPPED, List.of()));

        assertEquals(List.of(), place(current, Map.of("why-your-own-ai", List.of(0, 1, 2),
                "first-conversations", List.of(0))));
    }

    @Test
    void theStatusesAfterwardsMoveThePosition() {
        Map<String, List<Integer>> ticks = new java.util.HashMap<>();
        PATH.cell("ideal-thinking", "use").forEach(n -> ticks.put(n.id(), List.of(0, 1, 2)));

        Map<String, ProgressStatus> after = Placement.statusesAfter(Map.of(), place(Map.of(), ticks));

        assertEquals(new Position("ideal-thinking", "tune", false), Position.of(PATH, after));
    }

    @Test
    void anUnknownStepIsRefusedNamingTheField() {
        Problem p = assertThrows(Problem.class, () -> place(Map.of(), Map.of("no-such-step", List.of(0))));

        assertEquals(400, p.status());
        assertEquals("unknown-node", p.error());
        assertEquals("checkpoints.no-such-step", p.details().get("field"));
    }

    @Test
    void aCheckpointOutOfRangeIsRefusedNamingTheField() {
        Problem p = assertThrows(Problem.class, () -> place(Map.of(), Map.of("why-your-own-ai", List.of(0, 3))));

        assertEquals("invalid-checkpoint", p.error());
        assertEquals("checkpoints.why-your-own-ai", p.details().get("field"));
        assertTrue(p.getMessage().contains("0 to 2"), p.getMessage());
    }

    @Test
    void anUndoIsAllowedOnTheSameDayWhenNothingChangedSince() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertEquals(Optional.empty(), Placement.undoRefusal(day, day, false, false));
    }

    @Test
    void anUndoIsRefusedTheNextDayAfterAChangeOrTwice() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertEquals("placement-too-late", Placement.undoRefusal(day, day.plusDays(1), false, false).orElseThrow()
                .error());
        assertEquals("placement-changed", Placement.undoRefusal(day, day, false, true).orElseThrow().error());
        assertEquals("placement-undone", Placement.undoRefusal(day, day, true, false).orElseThrow().error());
        assertEquals(409, Placement.undoRefusal(day, day, true, true).orElseThrow().status());
    }
}
