package app.tropa.curriculum;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurriculumLoaderTest {

    static final Path CURRICULA = Path.of("src/test/resources/curricula");

    @TempDir
    Path temp;

    @Test
    void shouldLoadSmallValidCurriculum() {
        Curriculum c = new CurriculumLoader().load(CURRICULA.resolve("valid-small"));

        assertEquals(List.of("ideal-thinking", "technical-immersion"), c.phases().stream().map(Phase::id).toList());
        assertEquals(3, c.nodes().size());
        assertEquals("seeing-the-whole", c.nodes().get(0).id());
        assertEquals("Маленький **русский** урок.", c.node("seeing-the-whole").orElseThrow().body().ru());
        assertEquals("the horizon of the model's breath",
                c.term("context-window").orElseThrow().sampleMetaphor().en());
        assertEquals(List.of("tokens-up-close", "first-tuning"),
                c.nodesWithTerm("token").stream().map(Node::id).toList());
        assertEquals(12, c.version().length());
    }

    @Test
    void shouldChangeVersionWhenAnyTextChanges() throws IOException {
        Path copy = copyOf("valid-small");
        String before = new CurriculumLoader().load(copy).version();
        Path lesson = copy.resolve("nodes/ideal-thinking/seeing-the-whole.md");
        Files.writeString(lesson, Files.readString(lesson) + "\nOne more line.\n");

        assertNotEquals(before, new CurriculumLoader().load(copy).version());
    }

    @Test
    void shouldReportDuplicateNodeId() {
        assertProblem("duplicate-id", "nodes/technical-immersion/tokens-up-close.md",
                "duplicate node id 'tokens-up-close' (already defined in");
    }

    @Test
    void shouldReportUnknownPhase() {
        assertProblem("unknown-phase", "nodes/ideal-thinking/dreaming.md", "unknown phase 'dreaming'");
    }

    @Test
    void shouldReportUnknownRung() {
        assertProblem("unknown-rung", "nodes/ideal-thinking/riding.md", "unknown rung 'ride'");
    }

    @Test
    void shouldReportUnknownPrerequisite() {
        assertProblem("unknown-prerequisite", "nodes/ideal-thinking/orphan.md", "unknown prerequisite 'nowhere'");
    }

    @Test
    void shouldReportUnknownTerm() {
        assertProblem("unknown-term", "nodes/ideal-thinking/vibes.md", "unknown term 'vibes'");
    }

    @Test
    void shouldReportUnknownRelatedTerm() {
        assertProblem("unknown-related-term", "glossary.yaml",
                "term 'token' is related to unknown term 'meaning-of-life'");
    }

    @Test
    void shouldNameThePrerequisiteCycle() {
        InvalidCurriculumException e = loadBroken("cycle");

        assertEquals(1, e.problems().size(), e.getMessage());
        String reason = e.problems().get(0).reason();
        assertTrue(reason.startsWith("prerequisite cycle: "), reason);
        for (String id : List.of("seeing-the-whole", "tokens-up-close", "first-tuning")) {
            assertTrue(reason.contains(id), reason);
        }
    }

    @Test
    void shouldReportAStepThatLeadsNowhere() {
        assertProblem("dead-end", "nodes/ideal-thinking/side-path.md",
                "dead end: no later step lists 'side-path' as a prerequisite");
    }

    @Test
    void shouldLetAStepEndThePathWhenItSaysWhy() {
        Path folder = copyOf("valid-small");
        copy(CURRICULA.resolve("dead-end-with-reason"), folder);

        Curriculum c = new CurriculumLoader().load(folder);

        assertEquals("A reflection to come back to, not a step on the way.",
                c.node("side-path").orElseThrow().deadEndReason());
    }

    @Test
    void shouldReportMissingRequiredField() {
        assertProblem("missing-field", "nodes/ideal-thinking/no-summary.md", "missing required field 'summary'");
    }

    @Test
    void shouldReportMissingLanguage() {
        assertProblem("missing-language", "nodes/ideal-thinking/english-only.md",
                "missing required field 'title.ru'");
    }

    @Test
    void shouldReportMalformedYamlWithItsLine() {
        assertProblem("malformed-yaml", "nodes/ideal-thinking/bad-yaml.md", "is not valid YAML at line");
    }

    @Test
    void shouldReportFileWithoutFrontMatter() {
        assertProblem("no-front-matter", "nodes/ideal-thinking/plain.md", "has no YAML front matter");
    }

    @Test
    void shouldReportEveryProblemAtOnce() throws IOException {
        Path folder = copyOf("valid-small");
        overlay("unknown-phase", folder);
        overlay("unknown-term", folder);
        overlay("missing-language", folder);

        InvalidCurriculumException e = assertThrows(InvalidCurriculumException.class,
                () -> new CurriculumLoader().load(folder));

        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("has 3 problem(s)"), e.getMessage());
    }

    @Test
    void shouldReportMissingFolder() {
        InvalidCurriculumException e = assertThrows(InvalidCurriculumException.class,
                () -> new CurriculumLoader().load(temp.resolve("nowhere")));

        assertTrue(e.getMessage().contains("is not a folder"));
    }

    @Test
    void shouldReportMissingFiles() {
        InvalidCurriculumException e = assertThrows(InvalidCurriculumException.class,
                () -> new CurriculumLoader().load(temp));

        List<String> files = e.problems().stream().map(CurriculumProblem::file).toList();
        assertTrue(files.containsAll(List.of("curriculum.yaml", "glossary.yaml", "nodes/")), files.toString());
    }

    private void assertProblem(String kind, String file, String reason) {
        InvalidCurriculumException e = loadBroken(kind);

        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(file) && p.reason().contains(reason)),
                "expected '" + file + ": " + reason + "' in\n" + e.getMessage());
    }

    private InvalidCurriculumException loadBroken(String kind) {
        Path folder = copyOf("valid-small");
        overlay(kind, folder);
        return assertThrows(InvalidCurriculumException.class, () -> new CurriculumLoader().load(folder));
    }

    private Path copyOf(String name) {
        Path target = temp.resolve(name);
        copy(CURRICULA.resolve(name), target);
        return target;
    }

    private static void overlay(String kind, Path folder) {
        copy(CURRICULA.resolve("broken").resolve(kind), folder);
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
