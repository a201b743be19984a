package app.tropa.progress;

import app.tropa.curriculum.Node;
import app.tropa.curriculum.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepStateTest {

    static Node node(String id, String... prerequisites) {
        Text t = new Text(id, id);
        return new Node(id, "p", "r", 1, t, t, List.of(prerequisites), List.of(), List.of(), List.of(), List.of(),
                t, t, 1, null, t, id + ".md");
    }

    @Test
    void aStepWithoutPrerequisitesIsOpenNow() {
        assertEquals(StepState.AVAILABLE, StepState.of(node("a"), Map.of()));
    }

    @Test
    void aStepWaitsUntilEveryPrerequisiteIsDoneOrSkipped() {
        Node c = node("c", "a", "b");
        assertEquals(StepState.WAITING, StepState.of(c, Map.of("a", ProgressStatus.DONE)));
        assertEquals(StepState.WAITING, StepState.of(c, Map.of("a", ProgressStatus.DONE, "b", ProgressStatus.IN_PROGRESS)));
        assertEquals(StepState.AVAILABLE, StepState.of(c, Map.of("a", ProgressStatus.DONE, "b", ProgressStatus.SKIPPED)));
    }

    @Test
    void theLearnersOwnStatusWinsOverPrerequisites() {
        Node c = node("c", "a");
        assertEquals(StepState.DONE, StepState.of(c, Map.of("c", ProgressStatus.DONE)));
        assertEquals(StepState.IN_PROGRESS, StepState.of(c, Map.of("c", ProgressStatus.IN_PROGRESS)));
        assertEquals(StepState.SKIPPED, StepState.of(c, Map.of("c", ProgressStatus.SKIPPED)));
    }

    @Test
    void onlyOpenAndStartedStepsCanBeTakenNow() {
        assertTrue(StepState.AVAILABLE.takeable());
        assertTrue(StepState.IN_PROGRESS.takeable());
        assertFalse(StepState.WAITING.takeable());
        assertFalse(StepState.DONE.takeable());
        assertFalse(StepState.SKIPPED.takeable());
    }
}
