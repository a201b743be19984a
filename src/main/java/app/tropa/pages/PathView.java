package app.tropa.pages;

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
            List<ProgressJson.NodeState> retired) {
    }

    public record Row(Phase phase, List<Cell> cells) {
    }

    public record Cell(Phase phase, Rung rung, List<Node> nodes) {
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

    static Map map(Curriculum c, List<ProgressJson.NodeState> retired) {
        List<Row> rows = c.phases().stream()
                .map(p -> new Row(p, c.rungs().stream().map(r -> new Cell(p, r, c.cell(p.id(), r.id()))).toList()))
                .toList();
        return new Map(c.version(), c.rungs(), rows, c.nodes().size(), retired);
    }

    static NodePage node(Curriculum c, Node node, String bodyHtml, Progress progress,
            java.util.Map<String, String> metaphors) {
        return new NodePage(node, c.phase(node.phase()).orElseThrow(), c.rung(node.rung()).orElseThrow(), bodyHtml,
                node.prerequisites().stream().map(id -> c.node(id).orElseThrow()).toList(),
                node.terms().stream().map(id -> c.term(id).orElseThrow()).toList(),
                c.dependents(node.id()), progress, metaphors);
    }
}
