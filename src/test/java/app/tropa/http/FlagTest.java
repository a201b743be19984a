package app.tropa.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlagTest {

    @Test
    void readsTheSameWordsForYesAndNoEverywhere() {
        for (String yes : new String[] {"true", "TRUE", "1", "on", "yes", " Yes "}) {
            assertTrue(Flag.parse("mine", yes).on(), yes);
        }
        for (String no : new String[] {"false", "0", "off", "no", "", "  ", null}) {
            assertFalse(Flag.parse("mine", no).on(), String.valueOf(no));
        }
        assertFalse(Flag.on(null), "an absent flag is no");
    }

    @Test
    void refusesAnyOtherWordNamingTheField() {
        Problem p = assertThrows(Problem.class, () -> Flag.parse("dryRun", "maybe"));
        assertEquals(400, p.status());
        assertEquals("invalid-flag", p.error());
        assertEquals("dryRun must be true or false, not 'maybe'.", p.getMessage());
        assertEquals("dryRun", p.details().get("field"));
    }
}
