package app.tropa.journal;

import org.junit.jupiter.api.Test;

import app.tropa.i18n.Plural;

import static app.tropa.i18n.Plural.FEW;
import static app.tropa.i18n.Plural.MANY;
import static app.tropa.i18n.Plural.ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JournalWordsTest {

    @Test
    void shouldPickRussianPluralForms() {
        assertEquals(ONE, Plural.russian(1));
        assertEquals(FEW, Plural.russian(3));
        assertEquals(MANY, Plural.russian(6));
        assertEquals(MANY, Plural.russian(11));
        assertEquals(MANY, Plural.russian(12));
        assertEquals(ONE, Plural.russian(21));
        assertEquals(FEW, Plural.russian(22));
        assertEquals(MANY, Plural.russian(112));
    }
}
