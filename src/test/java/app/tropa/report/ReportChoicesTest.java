package app.tropa.report;

import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportChoicesTest {

    @Test
    void nothingPrivateIsChosenByDefault() {
        ReportChoices c = ReportChoices.parse(null, Lang.RU, null, null, null);
        assertEquals(ReportChoices.defaults(Lang.RU), c);
        assertFalse(c.metaphors() || c.notes() || c.portfolio());
        assertTrue(c.reflections().isEmpty());
    }

    @Test
    void includesComeRepeatedOrCommaSeparatedAndReflectionsOnceEach() {
        ReportChoices c = ReportChoices.parse("en", Lang.RU, "portfolio", List.of("metaphors,notes", " "),
                List.of("7", "3", "7", ""));
        assertEquals(Lang.EN, c.lang());
        assertTrue(c.metaphors() && c.notes() && c.portfolio());
        assertEquals(List.of(7L, 3L), c.reflections());
        assertEquals("reportLang=en&variant=portfolio&include=metaphors&include=notes&reflection=7&reflection=3",
                c.query());
    }

    @Test
    void everyUnknownChoiceIsRefusedNamingItsField() {
        assertEquals("reportLang", refusal(() -> ReportChoices.parse("fr", Lang.EN, null, null, null)));
        assertEquals("variant", refusal(() -> ReportChoices.parse(null, Lang.EN, "cv", null, null)));
        assertEquals("include", refusal(() -> ReportChoices.parse(null, Lang.EN, null, List.of("letters"), null)));
        assertEquals("reflection", refusal(() -> ReportChoices.parse(null, Lang.EN, null, null, List.of("0"))));
        assertEquals("reflection", refusal(() -> ReportChoices.parse(null, Lang.EN, null, null, List.of("x"))));
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= ReportChoices.MAX_REFLECTIONS + 1; i++) {
            many.add(String.valueOf(i));
        }
        assertEquals("reflection", refusal(() -> ReportChoices.parse(null, Lang.EN, null, null, many)));
    }

    private static Object refusal(Runnable parse) {
        Problem p = assertThrows(Problem.class, parse::run);
        assertEquals(400, p.status());
        return p.details().get("field");
    }

    @Test
    void aNameIsOneShortLine() {
        assertEquals("Ada", ReportName.check("  Ada "));
        assertEquals("", ReportName.check(null));
        assertEquals("н".repeat(80), ReportName.check("н".repeat(80)));
        assertEquals("name-too-long", assertThrows(Problem.class, () -> ReportName.check("н".repeat(81))).error());
        assertEquals("invalid-name", assertThrows(Problem.class, () -> ReportName.check("Ada\nLovelace")).error());
    }

    @Test
    void anExcerptIsTheFirstLineCut() {
        assertEquals("first line", ReportPageResource.excerpt("  first line\nsecond"));
        assertEquals("я".repeat(79) + "…", ReportPageResource.excerpt("я".repeat(100)));
    }
}
