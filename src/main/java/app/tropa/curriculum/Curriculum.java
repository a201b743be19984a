package app.tropa.curriculum;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A loaded, validated curriculum. Immutable; nodes are kept in map order (phase, rung, order). */
public final class Curriculum {

    private final String version;
    private final List<Phase> phases;
    private final List<Rung> rungs;
    private final List<Node> nodes;
    private final List<Term> terms;
    private final Map<String, Phase> phaseById;
    private final Map<String, Rung> rungById;
    private final Map<String, Node> nodeById;
    private final Map<String, Term> termById;

    public Curriculum(String version, List<Phase> phases, List<Rung> rungs, List<Node> nodes, List<Term> terms) {
        this.version = version;
        this.phases = phases.stream().sorted(Comparator.comparingInt(Phase::order)).toList();
        this.rungs = rungs.stream().sorted(Comparator.comparingInt(Rung::order)).toList();
        this.phaseById = index(this.phases, Phase::id);
        this.rungById = index(this.rungs, Rung::id);
        this.nodes = nodes.stream().sorted(mapOrder()).toList();
        this.terms = terms.stream().sorted(Comparator.comparing(t -> t.title().en().toLowerCase())).toList();
        this.nodeById = index(this.nodes, Node::id);
        this.termById = index(this.terms, Term::id);
    }

    private Comparator<Node> mapOrder() {
        return Comparator.<Node>comparingInt(n -> phaseById.get(n.phase()).order())
                .thenComparingInt(n -> rungById.get(n.rung()).order())
                .thenComparingInt(Node::order)
                .thenComparing(Node::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public String version() {
        return version;
    }

    public List<Phase> phases() {
        return phases;
    }

    public List<Rung> rungs() {
        return rungs;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Term> terms() {
        return terms;
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodeById.get(id));
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable(termById.get(id));
    }

    public Optional<Phase> phase(String id) {
        return Optional.ofNullable(phaseById.get(id));
    }

    public Optional<Rung> rung(String id) {
        return Optional.ofNullable(rungById.get(id));
    }

    public List<Node> cell(String phaseId, String rungId) {
        return nodes.stream().filter(n -> n.phase().equals(phaseId) && n.rung().equals(rungId)).toList();
    }

    /** The nodes that list the given term, in map order. */
    public List<Node> nodesWithTerm(String termId) {
        return nodes.stream().filter(n -> n.terms().contains(termId)).toList();
    }

    /** The nodes that name the given node as a prerequisite. */
    public List<Node> dependents(String nodeId) {
        return nodes.stream().filter(n -> n.prerequisites().contains(nodeId)).toList();
    }
}
