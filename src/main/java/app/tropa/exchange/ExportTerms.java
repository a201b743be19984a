package app.tropa.exchange;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.curriculum.Text;
import app.tropa.i18n.Lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names for what the exports mention, in one language: nodes, phases, terms (the curriculum's,
 * the learner's own, and retired ones that only the learner's data still names), and each
 * term's current metaphor and card.
 */
final class ExportTerms {

    /** A term as the exports show it. {@code phase} is set for own terms: where the learner added it. */
    record TermInfo(String id, String title, String definition, boolean own, String phase, boolean retired) {
    }

    private final Curriculum curriculum;
    private final Lang lang;
    private final Map<String, TermInfo> terms = new LinkedHashMap<>();
    private final Map<String, List<Records.Metaphor>> metaphors = new LinkedHashMap<>();
    private final Map<String, List<Records.Card>> cards = new LinkedHashMap<>();

    ExportTerms(Curriculum curriculum, ExportData data, Lang lang) {
        this.curriculum = curriculum;
        this.lang = lang;
        for (var t : curriculum.terms()) {
            terms.put(t.id(), new TermInfo(t.id(), t.title().in(lang), t.definition().in(lang), false, null, false));
        }
        for (Records.OwnTerm t : data.ownTerms()) {
            terms.putIfAbsent(t.id(), new TermInfo(t.id(), t.title(), t.definition(), true, t.phase(), false));
        }
        data.metaphors().forEach(m -> metaphors.computeIfAbsent(m.termId(), k -> new ArrayList<>()).add(m));
        data.cards().forEach(c -> cards.computeIfAbsent(c.termId(), k -> new ArrayList<>()).add(c));
        metaphors.values().forEach(l -> l.sort(Comparator.comparingInt(Records.Metaphor::version)));
        cards.values().forEach(l -> l.sort(Comparator.comparingInt(Records.Card::version)));
        for (String id : metaphors.keySet()) {
            terms.putIfAbsent(id, new TermInfo(id, id, "", false, null, true));
        }
        for (String id : cards.keySet()) {
            terms.putIfAbsent(id, new TermInfo(id, id, "", false, null, true));
        }
    }

    Curriculum curriculum() {
        return curriculum;
    }

    Lang lang() {
        return lang;
    }

    /** Every term: the curriculum's (by title), the learner's own, then retired ones. */
    List<TermInfo> terms() {
        return List.copyOf(terms.values());
    }

    String termTitle(String id) {
        TermInfo t = terms.get(id);
        return t == null ? id : t.title();
    }

    String nodeTitle(String id) {
        return curriculum.node(id).map(n -> n.title().in(lang)).orElse(id);
    }

    String phaseTitle(String id) {
        if (id == null) {
            return "";
        }
        return curriculum.phase(id).map(p -> p.title().in(lang)).orElse(id);
    }

    Optional<Phase> phase(String id) {
        return curriculum.phase(id);
    }

    List<Records.Metaphor> metaphors(String termId) {
        return metaphors.getOrDefault(termId, List.of());
    }

    Optional<Records.Metaphor> metaphor(String termId) {
        List<Records.Metaphor> all = metaphors(termId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    List<Records.Card> cards(String termId) {
        return cards.getOrDefault(termId, List.of());
    }

    Optional<Records.Card> card(String termId) {
        List<Records.Card> all = cards(termId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The nodes that teach the term, in map order. */
    List<Node> nodesOf(String termId) {
        return curriculum.nodesWithTerm(termId);
    }

    static String in(Text text, Lang lang) {
        return text == null ? "" : text.in(lang);
    }
}
