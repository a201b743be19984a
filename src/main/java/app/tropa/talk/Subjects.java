package app.tropa.talk;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.glossary.CardVersion;
import app.tropa.glossary.GlossaryService;
import app.tropa.glossary.GlossaryTerm;
import app.tropa.glossary.MetaphorVersion;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.journal.FieldInstruction;
import app.tropa.journal.JournalJson;
import app.tropa.journal.JournalService;
import app.tropa.journal.SearchQuery;
import app.tropa.platform.LearnerTime;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressStatus;
import app.tropa.tutor.NextStep;
import app.tropa.tutor.TutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a talk is about, and what the tutor is told about it: the phase's mode and risk, the step,
 * the learner's own metaphors and recent reflections. Sealed letters, the trash and other talks
 * are never read here.
 */
@ApplicationScoped
public class Subjects {

    /** How many of the learner's reflections on a step go with a message, newest first. */
    static final int RECENT_REFLECTIONS = 5;

    @Inject
    CurriculumSource source;

    @Inject
    GlossaryService glossary;

    @Inject
    JournalService journal;

    @Inject
    ProgressService progress;

    @Inject
    TutorService tutor;

    @Inject
    LearnerTime time;

    /** The title of a talk and the grounding for its next message. */
    public record Subject(String title, String grounding) {
    }

    @Transactional
    public Subject of(About about, Lang lang) {
        TalkMsg msg = TalkWords.msg(lang);
        Curriculum c = source.get();
        return switch (about.kind()) {
            case NODE -> {
                Node node = c.node(about.id()).orElseThrow(() -> Problem.notFound("unknown-node",
                        "There is no step " + about.id() + " on the path."));
                yield new Subject(node.title().in(lang), node(new Grounding(), c, node, lang, msg).text());
            }
            case TERM -> term(about.id(), c, lang, msg);
            case REFLECTION -> reflection(about.id(), c, lang, msg);
            case TODAY -> today(c, lang, msg);
        };
    }

    private Grounding node(Grounding g, Curriculum c, Node node, Lang lang, TalkMsg msg) {
        phase(g, c, node.phase(), lang, msg);
        g.section(msg.ground_step(node.title().in(lang)))
                .line(msg.ground_summary(), node.summary().in(lang));
        g.list(msg.ground_checkpoints(), node.checkpoints().stream().map(cp -> cp.in(lang)).toList());
        g.line(msg.ground_attention(), node.attentionPattern().hasEn() ? node.attentionPattern().in(lang) : null)
                .line(msg.ground_vector(), node.vectorQuestion().hasEn() ? node.vectorQuestion().in(lang) : null);
        metaphors(g, c, node.terms(), lang, msg);
        reflections(g, node.id(), msg);
        return g;
    }

    private void phase(Grounding g, Curriculum c, String phaseId, Lang lang, TalkMsg msg) {
        Optional<Phase> phase = c.phase(phaseId);
        phase.ifPresent(p -> g.section(msg.ground_phase(p.title().in(lang)))
                .line(msg.ground_mode(), p.mode().in(lang))
                .line(msg.ground_risk(), p.risk().in(lang)));
    }

    private void metaphors(Grounding g, Curriculum c, List<String> termIds, Lang lang, TalkMsg msg) {
        if (termIds.isEmpty()) {
            return;
        }
        g.section(msg.ground_metaphors());
        Map<String, String> mine = glossary.metaphorTexts(termIds);
        for (String id : termIds) {
            String title = glossary.find(id).map(t -> t.title().in(lang)).orElse(id);
            String own = mine.get(id);
            if (own == null || own.isBlank()) {
                g.line(title, msg.ground_no_metaphor());
            } else {
                g.quote(title, own);
            }
        }
    }

    private void reflections(Grounding g, String nodeId, TalkMsg msg) {
        List<JournalJson.Entry> recent = journal.search(SearchQuery.of(null, null, nodeId, null, null, null, null, 1,
                RECENT_REFLECTIONS)).items();
        if (recent.isEmpty()) {
            return;
        }
        g.section(msg.ground_reflections());
        recent.forEach(e -> g.quote(e.date().toString(), e.body()));
    }

    private Subject term(String id, Curriculum c, Lang lang, TalkMsg msg) {
        GlossaryTerm term = glossary.find(id).orElseThrow(() -> Problem.notFound("unknown-term",
                "There is no term " + id + " in the glossary."));
        String title = term.title().in(lang);
        Grounding g = new Grounding();
        g.section(msg.ground_term(title)).line(msg.ground_definition(), term.definition().in(lang));
        List<MetaphorVersion> versions = glossary.metaphors(id).stream()
                .sorted((a, b) -> Integer.compare(b.version, a.version)).toList();
        g.section(msg.ground_metaphor_versions());
        if (versions.isEmpty()) {
            g.item(msg.ground_no_metaphor());
        }
        for (MetaphorVersion v : versions) {
            String when = v.createdAt.atZone(time.zone()).toLocalDate().toString();
            g.quote(v == versions.get(0) ? msg.ground_metaphor_current(v.version, when)
                    : msg.ground_metaphor_earlier(v.version, when), v.text);
        }
        glossary.card(id).ifPresent(card -> card(g, card, msg));
        List<Node> steps = c.nodesWithTerm(id);
        if (!steps.isEmpty()) {
            g.section(msg.ground_term_steps());
            steps.forEach(n -> g.item(n.title().in(lang)));
        }
        return new Subject(title, g.text());
    }

    private static void card(Grounding g, CardVersion card, TalkMsg msg) {
        g.section(msg.ground_card(card.version))
                .line(msg.card_statement(), card.statement)
                .line(msg.card_example(), card.example)
                .line(msg.card_counterexample(), card.counterexample)
                .line(msg.card_analogy(), card.analogy)
                .line(msg.card_application(), card.application);
    }

    private Subject reflection(String id, Curriculum c, Lang lang, TalkMsg msg) {
        long entryId = parseId(id);
        JournalJson.Entry e = journal.get(entryId);
        if (e.deletedAt() != null) {
            throw new Problem(409, "reflection-in-trash", "Reflection " + id + " is in the trash; restore it to "
                    + "talk about it.", Map.of());
        }
        Grounding g = new Grounding();
        if (e.phase() != null) {
            phase(g, c, e.phase(), lang, msg);
        }
        g.section(msg.ground_reflection(e.date().toString())).quote(msg.ground_reflection_text(), e.body());
        FieldInstruction fi = e.fieldInstruction();
        if (fi != null && !fi.isEmpty()) {
            g.line(msg.ground_attention(), fi.attentionPattern())
                    .line(msg.ground_depth(), fi.depth() == null ? null : fi.depth() + " / 5")
                    .line(msg.ground_assembly(), fi.assemblyPoint())
                    .line(msg.ground_vector(), fi.vectorQuestion());
        }
        for (String nodeId : e.nodeIds()) {
            c.node(nodeId).ifPresent(n -> g.section(msg.ground_step(n.title().in(lang)))
                    .line(msg.ground_summary(), n.summary().in(lang))
                    .line(msg.ground_vector(), n.vectorQuestion().hasEn() ? n.vectorQuestion().in(lang) : null));
        }
        metaphors(g, c, e.termIds(), lang, msg);
        return new Subject(msg.talk_title_reflection(e.date().toString()), g.text());
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException ex) {
            throw Problem.notFound("unknown-entry", "There is no journal entry " + id + ".");
        }
    }

    private Subject today(Curriculum c, Lang lang, TalkMsg msg) {
        String question = tutor.prompt(lang);
        Grounding g = new Grounding();
        g.section(msg.ground_today()).quote(msg.ground_today_question(), question);
        currentNode(c).ifPresent(node -> node(g, c, node, lang, msg));
        return new Subject(msg.talk_title_today(time.today().toString()), g.text());
    }

    /** The step today's question is about: the first in progress, else the first next step. */
    private Optional<Node> currentNode(Curriculum c) {
        Map<String, ProgressStatus> statuses = progress.statuses();
        return c.nodes().stream().filter(n -> statuses.get(n.id()) == ProgressStatus.IN_PROGRESS).findFirst()
                .or(() -> NextStep.of(c, statuses, 1).stream().findFirst().map(NextStep::node));
    }
}
