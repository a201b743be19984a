package app.tropa.curriculum;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The app shows a lesson in one language at a time, so each side must be whole: the same code
 * blocks (code identical, only comments translated) and about the same amount of prose.
 */
class LessonParityTest {

    /** A comment to the end of the line: {@code # …} or {@code // …}, at the start or after a space. */
    private static final Pattern COMMENT = Pattern.compile("(^|\\s)(#(?![!#\\w])|//).*$");
    private static final double MIN_PROSE_RATIO = 0.85;

    record Lesson(List<String> code, String prose) {
    }

    @Test
    void everyLessonHasTheSameCodeBlocksInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (Node node : BundledCurriculumContentTest.PATH.nodes()) {
            Lesson en = read(node.body().en());
            Lesson ru = read(node.body().ru());
            if (en.code().size() != ru.code().size()) {
                problems.add(node.id() + ": " + en.code().size() + " code blocks in English, " + ru.code().size()
                        + " in Russian");
                continue;
            }
            for (int i = 0; i < en.code().size(); i++) {
                if (!withoutComments(en.code().get(i)).equals(withoutComments(ru.code().get(i)))) {
                    problems.add(node.id() + ": code block " + (i + 1) + " differs beyond its comments");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noSideOfALessonIsMuchShorterThanTheOther() {
        List<String> problems = new ArrayList<>();
        for (Node node : BundledCurriculumContentTest.PATH.nodes()) {
            int en = length(read(node.body().en()).prose());
            int ru = length(read(node.body().ru()).prose());
            double ratio = (double) Math.min(en, ru) / Math.max(en, ru);
            if (ratio < MIN_PROSE_RATIO) {
                problems.add(String.format("%s: prose %d characters in English, %d in Russian (%.2f)", node.id(), en, ru,
                        ratio));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void readsCodeApartFromProseAndCommentsApartFromCode() {
        Lesson lesson = read("Text.\n\n```bash\nollama run x   # a comment\nls --all\n```\nMore text.\n");
        assertEquals(List.of("ollama run x   # a comment\nls --all"), lesson.code());
        assertEquals(withoutComments("ollama run x # комментарий\nls --all"), withoutComments(lesson.code().get(0)));
        assertNotEquals(withoutComments("ls --all"), withoutComments("ls --none"), "flags are code, not comments");
        assertEquals("Text. More text.", lesson.prose().replaceAll("\\s+", " ").strip());
    }

    static Lesson read(String markdown) {
        List<String> code = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        StringBuilder block = null;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                if (block == null) {
                    block = new StringBuilder();
                } else {
                    code.add(block.toString().stripTrailing());
                    block = null;
                }
            } else if (block != null) {
                block.append(line).append('\n');
            } else {
                prose.append(line).append('\n');
            }
        }
        return new Lesson(code, prose.toString());
    }

    static String withoutComments(String code) {
        List<String> lines = new ArrayList<>();
        for (String line : code.split("\n")) {
            String kept = line.stripLeading().startsWith("#!") ? line : COMMENT.matcher(line).replaceAll("");
            if (!kept.isBlank()) {
                lines.add(kept.stripTrailing());
            }
        }
        return String.join("\n", lines);
    }

    private static int length(String prose) {
        return prose.replaceAll("\\s+", " ").strip().length();
    }
}
