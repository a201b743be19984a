package app.tropa.glossary;

import app.tropa.curriculum.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermSearchTest {

    static final GlossaryTerm TERM = new GlossaryTerm("context-window", new Text("Context window", "Контекстное окно"),
            new Text("The maximum number of tokens a model sees.", "Максимальное число токенов, которое учитывает модель."),
            List.of(), null, false, null);

    static TermEntry entry(String metaphor) {
        MetaphorVersion m = null;
        if (metaphor != null) {
            m = new MetaphorVersion();
            m.text = metaphor;
        }
        return new TermEntry(TERM, m, null, null);
    }

    @Test
    void shouldFindATermInEitherLanguageWhateverThePageLanguage() {
        assertTrue(TermSearch.matches(entry(null), TermSearch.words("контекстное")));
        assertTrue(TermSearch.matches(entry(null), TermSearch.words("WINDOW")));
        assertTrue(TermSearch.matches(entry(null), TermSearch.words("tokens модель")));
    }

    @Test
    void shouldRequireEveryWordOfTheQuery() {
        assertFalse(TermSearch.matches(entry(null), TermSearch.words("window bicycle")));
    }

    @Test
    void shouldSearchTheLearnersOwnMetaphorAndReadYoAsYe() {
        assertTrue(TermSearch.matches(entry("Горизонт дыхания, её предел"), TermSearch.words("ее горизонт")));
        assertFalse(TermSearch.matches(entry(null), TermSearch.words("горизонт")));
    }

    @Test
    void shouldIgnoreABlankQuery() {
        assertEquals(List.of(), TermSearch.words("   "));
        assertEquals(List.of(), TermSearch.words(null));
    }
}
