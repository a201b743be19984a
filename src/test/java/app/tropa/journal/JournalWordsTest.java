package app.tropa.journal;

import org.junit.jupiter.api.Test;

import static app.tropa.journal.JournalWords.Plural.FEW;
import static app.tropa.journal.JournalWords.Plural.MANY;
import static app.tropa.journal.JournalWords.Plural.ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JournalWordsTest {

    @Test
    void shouldPickRussianPluralForms() {
        assertEquals(ONE, JournalWords.pluralForm(1));
        assertEquals(FEW, JournalWords.pluralForm(3));
        assertEquals(MANY, JournalWords.pluralForm(6));
        assertEquals(MANY, JournalWords.pluralForm(11));
        assertEquals(MANY, JournalWords.pluralForm(12));
        assertEquals(ONE, JournalWords.pluralForm(21));
        assertEquals(FEW, JournalWords.pluralForm(22));
        assertEquals(MANY, JournalWords.pluralForm(112));
    }
}
