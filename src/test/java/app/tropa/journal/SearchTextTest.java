package app.tropa.journal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTextTest {

    @Test
    void shouldIgnoreCaseAndReadYoAsYe() {
        assertEquals("ёлка".replace('ё', 'е'), SearchText.normalize("ЁЛКА"));
        assertEquals("lora", SearchText.normalize("LoRA"));
    }

    @Test
    void shouldSearchRussianWordsByTheirStem() {
        assertEquals(List.of("модел"), SearchText.terms("Модель"));
        assertEquals(List.of("модел"), SearchText.terms("моделью"));
        assertEquals(List.of("квантизац"), SearchText.terms("КВАНТИЗАЦИЯ"));
        assertEquals(List.of("вниман"), SearchText.terms("вниманием"));
        assertEquals(List.of("локальн"), SearchText.terms("локальная"));
        assertEquals(List.of("мысл"), SearchText.terms("мысль"));
        assertEquals(List.of("рука"), SearchText.terms("рука"), "short words stay whole");
    }

    @Test
    void shouldFindOtherFormsOfARussianWord() {
        String text = SearchText.normalize("Сегодня я понял, как устроены модели и их внимание.");
        for (String query : List.of("модель", "Моделям", "МОДЕЛИ", "вниманием", "понял")) {
            assertTrue(SearchText.terms(query).stream().allMatch(text::contains), query);
        }
        assertFalse(SearchText.terms("токенизатор").stream().allMatch(text::contains));
    }

    @Test
    void shouldSearchEnglishPluralsAsTheSingular() {
        assertEquals(List.of("model", "weight"), SearchText.terms("Models WEIGHTS"));
        assertEquals(List.of("loss"), SearchText.terms("loss"));
        assertEquals(List.of("cat"), SearchText.terms("cat"));
    }

    @Test
    void shouldSplitWordsAndDropPunctuation() {
        assertEquals(List.of("context", "window"), SearchText.terms("  «context», window! "));
        assertEquals(List.of(), SearchText.terms("   "));
        assertEquals(List.of(), SearchText.terms(null));
    }

    @Test
    void shouldCutSnippetAroundTheMatchAndMarkTheWholeWord() {
        String text = "Начало. " + "слово ".repeat(40) + "Здесь МОДЕЛЬЮ всё решено. " + "хвост ".repeat(40);
        SearchText.Snippet s = SearchText.snippet(text, SearchText.terms("модель"), 40);

        assertEquals("МОДЕЛЬЮ", s.match());
        assertTrue(s.cutBefore());
        assertTrue(s.cutAfter());
        assertTrue(s.before().endsWith("Здесь "), s.before());
        assertTrue(s.after().startsWith(" всё решено."), s.after());
        assertTrue(s.text().startsWith("…слово"), s.text());
    }

    @Test
    void shouldStartSnippetAtTheBeginningWhenTheMatchIsElsewhere() {
        SearchText.Snippet s = SearchText.snippet("Short text\nwith lines", List.of("tag"), 80);

        assertEquals("", s.match());
        assertEquals("Short text with lines", s.text());
    }

    @Test
    void shouldNotSplitEmojiWhenCutting() {
        String text = "a" + "🌱".repeat(100);
        SearchText.Snippet s = SearchText.snippet(text, List.of(), 15);

        assertFalse(Character.isHighSurrogate(s.after().charAt(s.after().length() - 1)));
    }
}
