package app.tropa.glossary;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the glossary pages' views from the learner's data. */
@ApplicationScoped
public class GlossaryViews {

    @Inject
    GlossaryService glossary;

    @Inject
    CurriculumSource source;

    @Inject
    LearnerTime time;

    public GlossaryView.ListPage list(TermSearch.Query query, Lang lang, GlossaryView.AddForm add) {
        Curriculum c = source.get();
        GlossaryMsg msg = GlossaryWords.msg(lang);
        List<TermEntry> entries = glossary.entries(query, lang);
        int total = glossary.terms().size();
        Instant now = time.now();
        List<GlossaryView.Row> rows = entries.stream().map(e -> row(e, lang, now, msg)).toList();
        List<GlossaryView.NodeGroup> groups = c.phases().stream().map(p -> new GlossaryView.NodeGroup(
                p.title().in(lang), c.nodes().stream().filter(n -> n.phase().equals(p.id()) && !n.terms().isEmpty())
                        .map(n -> new GlossaryView.Option(n.id(), n.title().in(lang), n.id().equals(query.nodeId())))
                        .toList())).toList();
        List<GlossaryView.Option> phases = c.phases().stream().map(p -> new GlossaryView.Option(p.id(),
                p.title().in(lang), p.id().equals(query.phase()))).toList();
        boolean active = query.q() != null || query.nodeId() != null || query.phase() != null || query.hasMetaphor()
                || query.mine();
        return new GlossaryView.ListPage(rows, total, new GlossaryView.Filters(query.q(), query.hasMetaphor(),
                query.mine(), active), groups, phases, add);
    }

    private GlossaryView.Row row(TermEntry e, Lang lang, Instant now, GlossaryMsg msg) {
        GlossaryTerm t = e.term();
        ReviewMark r = e.review();
        return new GlossaryView.Row(t.id(), t.title().in(lang), t.definition().in(lang), t.own(),
                e.hasMetaphor() ? e.metaphor().text : null, t.hasSample() ? t.sampleMetaphor().in(lang) : null,
                e.cardFilled(), r != null && !r.dueAt().isAfter(now),
                r == null ? null : msg.glossary_due_on(GlossaryWords.day(r.dueAt(), time.zone())));
    }

    /**
     * The term page. {@code metaphorForm} and {@code cardForm} carry a refused save back to the
     * learner; when null, the forms start from the current versions (or the sample, if asked).
     */
    public GlossaryView.TermPage term(String id, Lang lang, boolean startFromSample, GlossaryView.MetaphorForm metaphorForm,
            GlossaryView.CardForm cardForm) {
        Curriculum c = source.get();
        GlossaryMsg msg = GlossaryWords.msg(lang);
        TermEntry e = glossary.entry(id);
        GlossaryTerm t = e.term();
        List<MetaphorVersion> versions = glossary.metaphors(id);
        int currentVersion = e.hasMetaphor() ? e.metaphor().version : 0;
        List<GlossaryView.MetaphorLine> timeline = versions.stream().map(v -> new GlossaryView.MetaphorLine(
                v.version, v.text, GlossaryWords.when(v.createdAt, time.zone()), GlossaryWords.phase(c, v.phase, lang),
                v.restoredFrom, v.fromSample, v.version == currentVersion)).toList();
        Optional<GlossaryView.MetaphorLine> current = timeline.stream().filter(GlossaryView.MetaphorLine::current)
                .findFirst();
        String sample = t.hasSample() ? t.sampleMetaphor().in(lang) : null;
        if (metaphorForm == null) {
            boolean offered = startFromSample && sample != null;
            metaphorForm = new GlossaryView.MetaphorForm(offered ? sample
                    : current.map(GlossaryView.MetaphorLine::text).orElse(""), offered, null);
        }
        if (cardForm == null) {
            ConceptCard card = e.card() == null ? ConceptCard.EMPTY : e.card().card();
            cardForm = cardForm(card, msg, null, "");
        }
        int currentCard = e.card() == null ? 0 : e.card().version;
        List<GlossaryView.CardLine> history = new ArrayList<>(glossary.cards(id).stream()
                .map(v -> new GlossaryView.CardLine(v.version, GlossaryWords.when(v.createdAt, time.zone()),
                        GlossaryWords.phase(c, v.phase, lang), v.filled, fields(v.card(), msg, ""), v.restoredFrom,
                        v.version == currentCard)).toList());
        return new GlossaryView.TermPage(t.id(), t.title().in(lang), t.definition().in(lang),
                t.definition().isFallback(lang), t.own(), GlossaryWords.phase(c, t.phase(), lang), sample,
                metaphorForm, current.orElse(null), timeline, cardForm, history, related(t, lang),
                nodes(c, t, lang), review(e.review(), msg));
    }

    static GlossaryView.CardForm cardForm(ConceptCard card, GlossaryMsg msg, String error, String invalidField) {
        return new GlossaryView.CardForm(fields(card, msg, invalidField), card.filled(), error);
    }

    private static List<GlossaryView.CardField> fields(ConceptCard card, GlossaryMsg msg, String invalidField) {
        return ConceptCard.FIELDS.stream().map(f -> new GlossaryView.CardField(f, GlossaryWords.cardLabel(f, msg), card.get(f),
                f.equals(invalidField))).toList();
    }

    private List<GlossaryView.Link> related(GlossaryTerm t, Lang lang) {
        return t.related().stream().map(glossary::find).flatMap(Optional::stream)
                .map(r -> new GlossaryView.Link("/glossary/" + r.id(), r.title().in(lang))).toList();
    }

    private static List<GlossaryView.Link> nodes(Curriculum c, GlossaryTerm t, Lang lang) {
        List<Node> nodes = c.nodesWithTerm(t.id());
        return nodes.stream().map(n -> new GlossaryView.Link("/path/" + n.id() + "#term-" + t.id(),
                n.title().in(lang))).toList();
    }

    private GlossaryView.ReviewLine review(ReviewMark r, GlossaryMsg msg) {
        if (r == null) {
            return new GlossaryView.ReviewLine(false, false, null, 0, 0);
        }
        boolean due = !r.dueAt().isAfter(time.now());
        return new GlossaryView.ReviewLine(true, due, GlossaryWords.day(r.dueAt(), time.zone()), r.reps(), r.lapses());
    }
}
