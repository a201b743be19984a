package app.tropa.pages;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumLoader;
import app.tropa.http.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The placement form's fields read as ticks per step. */
class PlacementFormTest {

    static final Curriculum PATH = new CurriculumLoader().load(Path.of("curriculum"));

    @Test
    void shouldReadEachTickAsAStepAndACheckpoint() {
        assertEquals(Map.of("why-your-own-ai", List.of(0, 2), "first-conversations", List.of(1)),
                PlacementForm.ticks(PATH, List.of("why-your-own-ai:2", "first-conversations:1", "why-your-own-ai:0",
                        "why-your-own-ai:2"), List.of()));
    }

    @Test
    void shouldReadAllOfACellAsEveryCheckpointOfItsSteps() {
        Map<String, List<Integer>> ticks = PlacementForm.ticks(PATH, List.of("what-tuning-changes:1"),
                List.of("ideal-thinking/use"));

        assertEquals(Map.of("what-tuning-changes", List.of(1), "why-your-own-ai", List.of(0, 1, 2),
                "first-conversations", List.of(0, 1, 2), "instructions-as-intent", List.of(0, 1, 2)), ticks);
        assertEquals(10, PlacementForm.values(ticks).size());
        assertEquals("what-tuning-changes:1", PlacementForm.values(ticks).get(0));
    }

    @Test
    void shouldRefuseFieldsThatAreNotTicksOrCellsNamingThem() {
        Problem tick = assertThrows(Problem.class, () -> PlacementForm.ticks(PATH, List.of("why-your-own-ai"),
                List.of()));
        assertEquals("invalid-tick", tick.error());
        assertEquals("tick", tick.details().get("field"));
        assertEquals("invalid-tick", assertThrows(Problem.class, () -> PlacementForm.ticks(PATH,
                List.of("why-your-own-ai:first"), List.of())).error());
        Problem cell = assertThrows(Problem.class, () -> PlacementForm.ticks(PATH, List.of(),
                List.of("ideal-thinking/fly")));
        assertEquals("invalid-cell", cell.error());
        assertEquals("all", cell.details().get("field"));
    }
}
