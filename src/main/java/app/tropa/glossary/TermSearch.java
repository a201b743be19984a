package app.tropa.glossary;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.i18n.Lang;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The glossary's filters and search. A curriculum term belongs to a node that lists it and to
 * those nodes' phases; the learner's own term belongs to no node and to the phase they added it
 * in. The search looks at titles and definitions in both languages, the id, and the learner's own
 * metaphor and card, ignoring case and ё/е; every word of the query must be found.
 */
public final class TermSearch {

    /** What the learner asks for; null or false means "any". */
    public record Query(String q, String nodeId, String phase, boolean hasMetaphor, boolean mine) {

        public static final Query ALL = new Query(null, null, null, false, false);
    }

    private TermSearch() {
    }

    public static List<TermEntry> filter(Curriculum curriculum, List<TermEntry> entries, Query query, Lang lang) {
        Set<String> ofNode = query.nodeId() == null ? null : curriculum.node(query.nodeId())
                .map(n -> Set.copyOf(n.terms())).orElse(Set.of());
        Set<String> ofPhase = query.phase() == null ? null : curriculum.nodes().stream()
                .filter(n -> n.phase().equals(query.phase())).map(Node::terms).flatMap(List::stream)
                .collect(Collectors.toSet());
        List<String> words = words(query.q());
        Collator collator = Collator.getInstance(lang.locale());
        return entries.stream()
                .filter(e -> ofNode == null || (!e.term().own() && ofNode.contains(e.term().id())))
                .filter(e -> ofPhase == null || inPhase(e.term(), ofPhase, query.phase()))
                .filter(e -> !query.hasMetaphor() || e.hasMetaphor())
                .filter(e -> !query.mine() || e.term().own())
                .filter(e -> words.isEmpty() || matches(e, words))
                .sorted(Comparator.comparing((TermEntry e) -> e.term().title().in(lang), collator))
                .toList();
    }

    private static boolean inPhase(GlossaryTerm term, Set<String> ofPhase, String phase) {
        return term.own() ? phase.equals(term.phase()) : ofPhase.contains(term.id());
    }

    static boolean matches(TermEntry e, List<String> words) {
        String haystack = fold(String.join("\n", haystack(e)));
        return words.stream().allMatch(haystack::contains);
    }

    private static List<String> haystack(TermEntry e) {
        GlossaryTerm t = e.term();
        Stream<String> own = Stream.of(t.id(), t.title().en(), t.title().ru(), t.definition().en(),
                t.definition().ru(), e.metaphor() == null ? null : e.metaphor().text);
        Stream<String> card = e.card() == null ? Stream.empty() : e.card().card().values().stream();
        return Stream.concat(own, card).filter(s -> s != null).toList();
    }

    static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fold(q).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Lower case, with ё read as е, as Russian readers do. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
