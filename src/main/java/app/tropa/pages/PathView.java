package app.tropa.pages;

import app.tropa.progress.StepState;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.curriculum.Rung;
import app.tropa.curriculum.Term;
import app.tropa.progress.ProgressHistory;
import app.tropa.progress.ProgressJson;

import java.util.List;

/** What the path pages show, already arranged: the 4 × 4 map and one node with its neighbours. */
public final class PathView {

    private PathView() {
    }

    /** The map, and the learner's steps whose nodes have left the curriculum (kept, shown as retired). */
    public record Map(String version, List<Rung> rungs, List<Row> rows, int nodeCount,
            List<ProgressJson.NodeState> retired, boolean onlyNow, int takeableCount) {
    }

    public record Row(Phase phase, List<Cell> cells) {
    }

    /** A cell of the map: its steps with their states (only those open now when filtered) and its counts. */
    public record Cell(Phase phase, Rung rung, List<Step> nodes, int total, int done) {
    }

    /** A step on the map and where the learner stands on it. */
    public record Step(Node node, StepState state) {

        public String stateCode() {
            return state.code();
        }

        /** The bundle key of the state's words, for the link's accessible name. */
        public String stateKey() {
            return "map_state_" + state.code();
        }
    }

    public record NodePage(Node node, Phase phase, Rung rung, String bodyHtml, List<Node> prerequisites,
            List<Term> terms, List<Node> unlocks, Progress progress, java.util.Map<String, String> metaphors) {

        /** The learner's current metaphor for one of the node's terms, or null. */
        public String metaphor(String termId) {
            return metaphors.get(termId);
        }
    }

    /** The learner's progress on the node, and the note form's text and error after a failed save. */
    public record Progress(ProgressJson.NodeState state, List<Node> openPrerequisites,
            List<ProgressHistory.Line> history, String note, String noteError) {

        public boolean ticked(int index) {
            return state.checkpoints().contains(index);
        }

        public String statusKey() {
            return "status_" + state.status().code();
        }
    }

    static Map map(Curriculum c, List<ProgressJson.NodeState> retired, java.util.Map<String, StepState> states,
            boolean onlyNow) {
        List<Row> rows = c.phases().stream()
                .map(p -> new Row(p, c.rungs().stream().map(r -> cell(c, p, r, states, onlyNow)).toList()))
                .toList();
        int takeable = (int) states.values().stream().filter(StepState::takeable).count();
        return new Map(c.version(), c.rungs(), rows, c.nodes().size(), retired, onlyNow, takeable);
    }

    private static Cell cell(Curriculum c, Phase p, Rung r, java.util.Map<String, StepState> states, boolean onlyNow) {
        List<Step> all = c.cell(p.id(), r.id()).stream().map(n -> new Step(n, states.get(n.id()))).toList();
        int done = (int) all.stream().filter(s -> s.state() == StepState.DONE).count();
        List<Step> shown = onlyNow ? all.stream().filter(s -> s.state().takeable()).toList() : all;
        return new Cell(p, r, shown, all.size(), done);
    }

    static NodePage node(Curriculum c, Node node, String bodyHtml, Progress progress,
            java.util.Map<String, String> metaphors) {
        return new NodePage(node, c.phase(node.phase()).orElseThrow(), c.rung(node.rung()).orElseThrow(), bodyHtml,
                node.prerequisites().stream().map(id -> c.node(id).orElseThrow()).toList(),
                node.terms().stream().map(id -> c.term(id).orElseThrow()).toList(),
                c.dependents(node.id()), progress, metaphors);
    }
}
