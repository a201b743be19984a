package app.tropa.curriculum;

import app.tropa.i18n.Lang;

import java.util.List;

/** The JSON shapes of the curriculum API, in one language. */
public final class CurriculumJson {

    private CurriculumJson() {
    }

    public record Document(String version, String lang, List<PhaseJson> phases, List<RungJson> rungs,
            List<NodeJson> nodes, List<TermJson> terms) {
    }

    public record PhaseJson(String id, int order, String title, String mode, String goal, String risk,
            String overcoming) {
    }

    public record RungJson(String id, int order, String title, String summary) {
    }

    /** A node; {@code state} (done, in_progress, skipped, available, waiting) only when asked for with progress. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record NodeJson(String id, String phase, String rung, int order, String title, String summary,
            List<String> prerequisites, List<String> terms, String state) {
    }

    public record TermJson(String id, String title, String definition) {
    }

    public record NodeDetail(String id, String phase, String rung, int order, String title, String summary,
            List<String> prerequisites, List<String> terms, String bodyHtml, List<String> checkpoints,
            List<ExerciseJson> exercises, List<Node.Resource> resources, String attentionPattern,
            String vectorQuestion, double effortHours, String curriculumVersion) {
    }

    public record ExerciseJson(String task, String expected) {
    }

    static Document of(Curriculum c, Lang lang, java.util.Map<String, String> states) {
        return new Document(c.version(), lang.code(),
                c.phases().stream().map(p -> new PhaseJson(p.id(), p.order(), p.title().in(lang),
                        p.mode().in(lang), p.goal().in(lang), p.risk().in(lang), p.overcoming().in(lang))).toList(),
                c.rungs().stream().map(r -> new RungJson(r.id(), r.order(), r.title().in(lang),
                        r.summary().in(lang))).toList(),
                c.nodes().stream().map(n -> new NodeJson(n.id(), n.phase(), n.rung(), n.order(), n.title().in(lang),
                        n.summary().in(lang), n.prerequisites(), n.terms(), states.get(n.id()))).toList(),
                c.terms().stream().map(t -> new TermJson(t.id(), t.title().in(lang), t.definition().in(lang)))
                        .toList());
    }

    static NodeDetail of(Node n, Lang lang, String bodyHtml, String version) {
        return new NodeDetail(n.id(), n.phase(), n.rung(), n.order(), n.title().in(lang), n.summary().in(lang),
                n.prerequisites(), n.terms(), bodyHtml,
                n.checkpoints().stream().map(t -> t.in(lang)).toList(),
                n.exercises().stream().map(e -> new ExerciseJson(e.task().in(lang), e.expected().in(lang))).toList(),
                n.resources(), n.attentionPattern().in(lang), n.vectorQuestion().in(lang), n.effortHours(), version);
    }
}
