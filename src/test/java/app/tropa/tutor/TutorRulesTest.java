package app.tropa.tutor;

import app.tropa.progress.Position;
import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumLoader;
import app.tropa.curriculum.Node;
import app.tropa.progress.ProgressStatus;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.tropa.progress.ProgressStatus.DONE;
import static app.tropa.progress.ProgressStatus.IN_PROGRESS;
import static app.tropa.progress.ProgressStatus.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Position and next steps, on the bundled curriculum. */
class TutorRulesTest {

    static final Curriculum PATH = new CurriculumLoader().load(Path.of("curriculum"));

    @Test
    void shouldPlaceFreshLearnerAtTheFirstCell() {
        assertEquals(new Position("ideal-thinking", "use", false), Position.of(PATH, Map.of()));
    }

    @Test
    void shouldMoveToNextRungWhenACellIsClosed() {
        Map<String, ProgressStatus> statuses = closeCell("ideal-thinking", "use", DONE);

        assertEquals(new Position("ideal-thinking", "tune", false), Position.of(PATH, statuses));
    }

    @Test
    void shouldTreatSkippedAsClosedForPosition() {
        Map<String, ProgressStatus> statuses = new HashMap<>();
        for (Node node : PATH.nodes()) {
            if (node.phase().equals("ideal-thinking")) {
                statuses.put(node.id(), SKIPPED);
            }
        }

        assertEquals(new Position("technical-immersion", "use", false), Position.of(PATH, statuses));
    }

    @Test
    void shouldStayInEarliestPhaseWithOpenNodes() {
        Map<String, ProgressStatus> statuses = new HashMap<>();
        for (Node node : PATH.nodes()) {
            if (!node.id().equals("choosing-your-first-build")) {
                statuses.put(node.id(), DONE);
            }
        }

        assertEquals(new Position("ideal-thinking", "build", false), Position.of(PATH, statuses));
    }

    @Test
    void shouldMarkPathCompleteWhenEverythingIsClosed() {
        Map<String, ProgressStatus> statuses = new HashMap<>();
        PATH.nodes().forEach(n -> statuses.put(n.id(), DONE));

        assertEquals(new Position("elevation", "build", true), Position.of(PATH, statuses));
    }

    @Test
    void shouldOfferFirstStepsToFreshLearner() {
        List<NextStep> next = NextStep.of(PATH, Map.of(), 5);

        assertEquals(1, next.size());
        assertEquals("why-your-own-ai", next.get(0).node().id());
        assertEquals(NextStep.Reason.UNLOCKS, next.get(0).reason());
        assertTrue(next.get(0).unlocks() >= 3);
    }

    @Test
    void shouldOfferNodesWhosePrerequisitesAreDoneOrSkippedInMapOrder() {
        Map<String, ProgressStatus> statuses = new HashMap<>(Map.of("why-your-own-ai", DONE));

        List<String> ids = NextStep.of(PATH, statuses, 5).stream().map(s -> s.node().id()).toList();

        assertEquals(List.of("first-conversations", "what-tuning-changes", "personal-dictionary-of-meanings",
                "what-building-means"), ids);

        statuses.put("why-your-own-ai", SKIPPED);
        assertEquals(ids, NextStep.of(PATH, statuses, 5).stream().map(s -> s.node().id()).toList());
    }

    @Test
    void shouldSayContinuesForNodeInProgressAndNeverOfferClosedNodes() {
        Map<String, ProgressStatus> statuses = Map.of("why-your-own-ai", DONE, "first-conversations", IN_PROGRESS,
                "what-tuning-changes", SKIPPED);

        List<NextStep> next = NextStep.of(PATH, statuses, 5);

        assertEquals("first-conversations", next.get(0).node().id());
        assertEquals(NextStep.Reason.CONTINUES, next.get(0).reason());
        assertFalse(next.stream().anyMatch(s -> s.node().id().equals("what-tuning-changes")
                || s.node().id().equals("why-your-own-ai")));
    }

    @Test
    void shouldLimitNextSteps() {
        Map<String, ProgressStatus> statuses = new HashMap<>();
        PATH.nodes().stream().filter(n -> n.phase().equals("ideal-thinking") || n.phase().equals("technical-immersion"))
                .forEach(n -> statuses.put(n.id(), DONE));

        assertEquals(5, NextStep.of(PATH, statuses, 5).size());
        assertEquals(2, NextStep.of(PATH, statuses, 2).size());
    }

    @Test
    void shouldCountOnlyNodesThatWouldReallyOpen() {
        // first-lora needs three prerequisites; finishing one of them alone does not open it.
        Map<String, ProgressStatus> statuses = new HashMap<>();
        for (Node node : PATH.nodes()) {
            statuses.put(node.id(), DONE);
        }
        statuses.put("quantization-formats", ProgressStatus.NOT_STARTED);
        statuses.put("tokenizers-hands-on", ProgressStatus.NOT_STARTED);
        statuses.put("first-lora", ProgressStatus.NOT_STARTED);

        NextStep quantization = NextStep.of(PATH, statuses, 5).stream()
                .filter(s -> s.node().id().equals("quantization-formats")).findFirst().orElseThrow();

        assertEquals(0, quantization.unlocks());
        assertEquals(NextStep.Reason.PREREQUISITES_DONE, quantization.reason());
    }

    private static Map<String, ProgressStatus> closeCell(String phase, String rung, ProgressStatus status) {
        Map<String, ProgressStatus> statuses = new HashMap<>();
        PATH.cell(phase, rung).forEach(n -> statuses.put(n.id(), status));
        return statuses;
    }
}
