package app.tropa.curriculum;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled curriculum covers the whole map, in both languages, with everything a step needs. */
class BundledCurriculumContentTest {

    static final Curriculum PATH = new CurriculumLoader().load(Path.of("curriculum"));

    static final List<String> REQUIRED_TERMS = List.of("context-window", "token", "tokenizer", "embedding",
            "attention", "transformer", "parameter", "weights", "quantization", "gguf", "lora", "lora-rank", "qlora",
            "fine-tuning", "inference", "temperature", "top-p", "kv-cache", "vram", "learning-rate", "batch-size",
            "epoch", "loss", "overfitting", "perplexity", "data-mixture", "rlhf", "dpo", "system-prompt", "rag", "awq", "nf4",
            "safetensors", "causal-mask", "residual-stream", "cross-entropy", "adamw", "prefill-and-decode", "min-p",
            "flash-attention", "speculative-decoding", "continuous-batching", "chunking", "reranking",
            "cosine-similarity", "structured-output", "mcp", "prompt-injection", "llm-as-judge", "contamination",
            "synthetic-data", "distillation", "reasoning-model", "grpo", "rlvr");

    @Test
    void shouldHaveAtLeastThreeNodesInEveryCell() {
        assertTrue(PATH.nodes().size() >= 56, "nodes: " + PATH.nodes().size());
        for (Phase phase : PATH.phases()) {
            for (Rung rung : PATH.rungs()) {
                int count = PATH.cell(phase.id(), rung.id()).size();
                assertTrue(count >= 3, phase.id() + " × " + rung.id() + " has " + count + " nodes");
            }
        }
    }

    @Test
    void shouldGiveEveryNodeWhatALearnerNeeds() {
        for (Node node : PATH.nodes()) {
            String id = node.id();
            assertTrue(node.title().hasEn() && node.title().hasRu(), id + ": title in both languages");
            assertTrue(node.summary().hasEn() && node.summary().hasRu(), id + ": summary in both languages");
            assertTrue(node.body().en().length() > 1000, id + ": an English lesson of substance");
            assertTrue(node.checkpoints().size() >= 2, id + ": at least two checkpoints");
            node.checkpoints().forEach(c -> assertTrue(c.hasEn() && c.hasRu(), id + ": checkpoint in both languages"));
            assertTrue(!node.exercises().isEmpty(), id + ": at least one exercise");
            node.exercises().forEach(e -> assertTrue(e.task().hasEn() && e.expected().hasEn(),
                    id + ": exercise with a task and what the learner sees when it worked"));
            assertTrue(!node.resources().isEmpty(), id + ": at least one resource");
            node.resources().forEach(r -> assertTrue(r.url().startsWith("https://"), id + ": https resource " + r.url()));
            assertTrue(node.attentionPattern().hasEn() && node.attentionPattern().hasRu(), id + ": attention pattern");
            assertTrue(node.vectorQuestion().hasEn() && node.vectorQuestion().hasRu(), id + ": vector question");
            assertTrue(node.effortHours() > 0, id + ": effort in hours");
            assertTrue(!node.terms().isEmpty(), id + ": introduces at least one term");
        }
    }

    @Test
    void shouldHaveRussianLessonsForEveryNode() {
        List<String> missing = PATH.nodes().stream().filter(n -> !n.body().hasRu()).map(Node::id).toList();

        assertEquals(List.of(), missing);
    }

    @Test
    void shouldDefineTheGlossaryInBothLanguages() {
        assertTrue(PATH.terms().size() >= 110, "terms: " + PATH.terms().size());
        Set<String> ids = PATH.terms().stream().map(Term::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(REQUIRED_TERMS), "missing: " + REQUIRED_TERMS.stream()
                .filter(t -> !ids.contains(t)).toList());
        for (Term term : PATH.terms()) {
            assertTrue(term.title().hasRu() && term.definition().hasRu(), term.id() + ": Russian");
            assertTrue(!PATH.nodesWithTerm(term.id()).isEmpty(), term.id() + ": used by some node");
        }
    }

    @Test
    void shouldShipTheSampleMetaphors() {
        assertEquals("горизонт дыхания модели", PATH.term("context-window").orElseThrow().sampleMetaphor().ru());
        assertEquals("глубина вливания в структуру модели", PATH.term("lora-rank").orElseThrow().sampleMetaphor().ru());
        assertTrue(PATH.term("quantization").orElseThrow().sampleMetaphor().en().contains("sacrifice of precision"));
    }

    @Test
    void shouldStartAtOneNodeAndReachEveryOther() {
        List<String> roots = PATH.nodes().stream().filter(n -> n.prerequisites().isEmpty()).map(Node::id).toList();

        assertEquals(List.of("why-your-own-ai"), roots);
    }

    @Test
    void shouldTeachTheStepsTheBestCoursesHave() {
        for (String id : List.of("autograd-and-an-mlp", "serving-a-model", "rag-that-holds-up", "evaluate-with-llm-judge",
                "distillation-and-synthetic-data", "reasoning-with-rl", "tools-over-mcp", "safety-of-what-you-build")) {
            assertTrue(PATH.node(id).isPresent(), id);
        }
        assertTrue(PATH.node("nanogpt-from-scratch").orElseThrow().prerequisites().contains("autograd-and-an-mlp"));
        assertTrue(PATH.node("architecture-variations").orElseThrow().prerequisites().contains("kv-cache-and-context"));
        assertTrue(PATH.node("pretrain-a-small-model").orElseThrow().prerequisites().contains("training-dynamics"));
    }

    @Test
    void shouldLeadEveryStepOnToTheCapstoneWithoutExceptions() {
        assertEquals(List.of(), PATH.nodes().stream().filter(Node::mayEndThePath).map(Node::id).toList(),
                "the bundled path has no step that ends it early");
    }
}
