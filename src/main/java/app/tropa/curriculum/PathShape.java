package app.tropa.curriculum;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A path that leads somewhere: every step outside the last phase opens a later one, and every
 * step can lead on to a capstone — a step of the last phase's last rung that nothing follows. A
 * step may end the path only when its front matter says why ({@code deadEndReason}).
 */
final class PathShape {

    private final List<Node> nodes;
    private final String lastPhase;
    private final String lastRung;
    private final Map<String, List<String>> followers = new HashMap<>();

    PathShape(List<Phase> phases, List<Rung> rungs, List<Node> nodes) {
        this.nodes = nodes;
        this.lastPhase = phases.stream().max(Comparator.comparingInt(Phase::order)).map(Phase::id).orElse(null);
        this.lastRung = rungs.stream().max(Comparator.comparingInt(Rung::order)).map(Rung::id).orElse(null);
        for (Node node : nodes) {
            for (String prerequisite : node.prerequisites()) {
                followers.computeIfAbsent(prerequisite, k -> new ArrayList<>()).add(node.id());
            }
        }
    }

    List<CurriculumProblem> problems() {
        List<CurriculumProblem> problems = new ArrayList<>();
        List<Node> capstones = nodes.stream().filter(this::isCapstone).toList();
        if (capstones.isEmpty()) {
            if (!nodes.isEmpty()) {
                problems.add(new CurriculumProblem("nodes/", "no capstone: no step of " + lastPhase + " × " + lastRung
                        + " is left for the path to lead to"));
            }
            return problems;
        }
        Set<String> leadOn = leadingTo(capstones);
        for (Node node : nodes) {
            if (node.mayEndThePath()) {
                continue;
            }
            if (!node.phase().equals(lastPhase) && !followers.containsKey(node.id())) {
                problems.add(new CurriculumProblem(node.file(), "dead end: no later step lists '" + node.id()
                        + "' as a prerequisite; make it one's prerequisite, or say why it ends the path in deadEndReason"));
            } else if (!leadOn.contains(node.id())) {
                problems.add(new CurriculumProblem(node.file(), "'" + node.id() + "' does not lead on to a capstone ("
                        + String.join(", ", capstones.stream().map(Node::id).toList()) + ")"));
            }
        }
        return problems;
    }

    private boolean isCapstone(Node node) {
        return node.phase().equals(lastPhase) && node.rung().equals(lastRung) && !followers.containsKey(node.id());
    }

    /** Every step from which following the path forward reaches a capstone. */
    private Set<String> leadingTo(List<Node> capstones) {
        Map<String, Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.putIfAbsent(n.id(), n));
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        capstones.forEach(c -> queue.add(c.id()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (reached.add(id) && byId.containsKey(id)) {
                queue.addAll(byId.get(id).prerequisites());
            }
        }
        return reached;
    }
}
