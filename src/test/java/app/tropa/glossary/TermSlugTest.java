package app.tropa.glossary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermSlugTest {

    @Test
    void shouldLowerCaseAndHyphenateLatinTitles() {
        assertEquals("context-window", TermSlug.of("Context window"));
        assertEquals("lora-rank-r", TermSlug.of("  LoRA rank (r)!  "));
        assertEquals("top-p-sampling", TermSlug.of("top_p / sampling"));
    }

    @Test
    void shouldTransliterateCyrillic() {
        assertEquals("gorizont-dykhaniya", TermSlug.of("Горизонт дыхания"));
        assertEquals("shchedryy-emkiy-obem", TermSlug.of("Щедрый, ёмкий объём"));
        assertEquals("kvantovanie", TermSlug.of("Квантование"));
        assertEquals("yizhak-ye", TermSlug.of("Їжак є"));
    }

    @Test
    void shouldDropAccentsAndSymbols() {
        assertEquals("naive-cafe", TermSlug.of("Naïve café ✨"));
        assertEquals("", TermSlug.of("✨ 🚲 —"));
    }

    @Test
    void shouldCutLongTitlesAtAHyphen() {
        String slug = TermSlug.of("word ".repeat(30));

        assertTrue(slug.length() <= TermSlug.MAX_LENGTH);
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
    }

    @Test
    void aTermNeverTakesTheShapeOfAKeptQuestionsReviewKey() {
        assertEquals("question-1733151234567-term", TermSlug.of("Question 1733151234567"));
        assertEquals("question-time", TermSlug.of("Question time"));
    }
}
