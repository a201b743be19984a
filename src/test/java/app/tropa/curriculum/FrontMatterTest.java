package app.tropa.curriculum;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {

    @Test
    void shouldSplitYamlFromBody() {
        FrontMatter fm = FrontMatter.split("---\nid: a\n---\n# Lesson\n").orElseThrow();

        assertEquals("id: a\n", fm.yaml());
        assertEquals("# Lesson\n", fm.body());
    }

    @Test
    void shouldAcceptWindowsLineEndingsAndByteOrderMark() {
        FrontMatter fm = FrontMatter.split("\uFEFF---\r\nid: a\r\n---\r\nBody").orElseThrow();

        assertEquals("id: a\n", fm.yaml());
        assertEquals("Body", fm.body());
    }

    @Test
    void shouldFindNoFrontMatterWithoutOpeningOrClosingLine() {
        assertTrue(FrontMatter.split("# Only Markdown\n").isEmpty());
        assertTrue(FrontMatter.split("---\nid: a\nno end").isEmpty());
    }

    @Test
    void shouldSplitEnglishAndRussianLessons() {
        Text body = CurriculumLoader.body("English.\n\n<!-- ru -->\nРусский.\n");

        assertEquals("English.", body.en());
        assertEquals("Русский.", body.ru());
        assertEquals("", CurriculumLoader.body("Only English.").ru());
    }
}
