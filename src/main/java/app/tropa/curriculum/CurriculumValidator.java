package app.tropa.curriculum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Cross-file rules of a curriculum: unique ids, known references, no prerequisite cycle, and a
 * path that leads somewhere (see {@link PathShape}).
 */
final class CurriculumValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<Phase> phases;
    private final List<Rung> rungs;
    private final List<Node> nodes;
    private final List<Term> terms;
    private final List<CurriculumProblem> problems = new ArrayList<>();

    CurriculumValidator(List<Phase> phases, List<Rung> rungs, List<Node> nodes, List<Term> terms) {
        this.phases = phases;
        this.rungs = rungs;
        this.nodes = nodes;
        this.terms = terms;
    }

    List<CurriculumProblem> validate() {
        if (phases.isEmpty()) {
            problems.add(new CurriculumProblem("curriculum.yaml", "declares no phases"));
        }
        if (rungs.isEmpty()) {
            problems.add(new CurriculumProblem("curriculum.yaml", "declares no rungs"));
        }
        Set<String> phaseIds = unique(phases, Phase::id, p -> "curriculum.yaml", "phase");
        Set<String> rungIds = unique(rungs, Rung::id, r -> "curriculum.yaml", "rung");
        Set<String> termIds = unique(terms, Term::id, t -> "glossary.yaml", "term");
        Set<String> nodeIds = unique(nodes, Node::id, Node::file, "node");
        for (Term term : terms) {
            for (String related : term.related()) {
                if (!termIds.contains(related)) {
                    problems.add(new CurriculumProblem("glossary.yaml",
                            "term '" + term.id() + "' is related to unknown term '" + related + "'"));
                }
            }
        }
        for (Node node : nodes) {
            checkNode(node, phaseIds, rungIds, nodeIds, termIds);
        }
        findCycles();
        if (problems.isEmpty()) {
            // Where a path leads is only worth asking of a graph that otherwise holds.
            problems.addAll(new PathShape(phases, rungs, nodes).problems());
        }
        return problems;
    }

    private <T> Set<String> unique(List<T> items, Function<T, String> id, Function<T, String> file, String kind) {
        Map<String, String> seen = new HashMap<>();
        for (T item : items) {
            String value = id.apply(item);
            if (!ID.matcher(value).matches()) {
                problems.add(new CurriculumProblem(file.apply(item),
                        kind + " id '" + value + "' must be lowercase letters, digits and single hyphens"));
            }
            String first = seen.putIfAbsent(value, file.apply(item));
            if (first != null) {
                problems.add(new CurriculumProblem(file.apply(item),
                        "duplicate " + kind + " id '" + value + "' (already defined in " + first + ")"));
            }
        }
        return seen.keySet();
    }

    private void checkNode(Node node, Set<String> phaseIds, Set<String> rungIds, Set<String> nodeIds,
            Set<String> termIds) {
        if (!phaseIds.contains(node.phase())) {
            problems.add(new CurriculumProblem(node.file(), "unknown phase '" + node.phase() + "' (known: "
                    + String.join(", ", phases.stream().map(Phase::id).toList()) + ")"));
        }
        if (!rungIds.contains(node.rung())) {
            problems.add(new CurriculumProblem(node.file(), "unknown rung '" + node.rung() + "' (known: "
                    + String.join(", ", rungs.stream().map(Rung::id).toList()) + ")"));
        }
        for (String prerequisite : node.prerequisites()) {
            if (!nodeIds.contains(prerequisite)) {
                problems.add(new CurriculumProblem(node.file(), "unknown prerequisite '" + prerequisite + "'"));
            } else if (prerequisite.equals(node.id())) {
                problems.add(new CurriculumProblem(node.file(), "node '" + node.id() + "' lists itself as a prerequisite"));
            }
        }
        for (String term : node.terms()) {
            if (!termIds.contains(term)) {
                problems.add(new CurriculumProblem(node.file(), "unknown term '" + term + "'"));
            }
        }
    }

    /** Depth-first search over prerequisites; each cycle is reported once, as a → b → a. */
    private void findCycles() {
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.putIfAbsent(n.id(), n));
        Set<String> done = new HashSet<>();
        Set<Set<String>> reported = new HashSet<>();
        for (String start : byId.keySet()) {
            visit(start, byId, new ArrayList<>(), done, reported);
        }
    }

    private void visit(String id, Map<String, Node> byId, List<String> path, Set<String> done,
            Set<Set<String>> reported) {
        int at = path.indexOf(id);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            if (reported.add(new HashSet<>(cycle))) {
                cycle.add(id);
                problems.add(new CurriculumProblem(byId.get(id).file(),
                        "prerequisite cycle: " + String.join(" → ", cycle)));
            }
            return;
        }
        Node node = byId.get(id);
        if (node == null || done.contains(id)) {
            return;
        }
        path.add(id);
        for (String prerequisite : node.prerequisites()) {
            if (!prerequisite.equals(id)) {
                visit(prerequisite, byId, path, done, reported);
            }
        }
        path.remove(path.size() - 1);
        done.add(id);
    }
}
