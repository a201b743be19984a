package app.tropa.journal;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumLoader;
import app.tropa.http.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntryRulesTest {

    static final Curriculum PATH = new CurriculumLoader().load(Path.of("curriculum"));
    static final EntryRules.Defaults TODAY = new EntryRules.Defaults(LocalDate.of(2026, 11, 22), EntryKind.DAILY,
            "technical-immersion");

    private static EntryContent check(EntryInput in) {
        return EntryRules.check(in, PATH, id -> PATH.term(id).isPresent() || id.equals("my-own-term"), TODAY);
    }

    @Test
    void shouldKeepTheBodyExactlyAsTyped() {
        String body = "  Строка с пробелами 🌱\n\n<b>не HTML</b>\t";

        assertEquals(body, check(new EntryInput(null, null, body, null, null, null, null)).body());
    }

    @Test
    void shouldDefaultToTodayAndADailyEntry() {
        EntryContent c = check(new EntryInput(null, null, "x", null, null, null, null));

        assertEquals(LocalDate.of(2026, 11, 22), c.date());
        assertEquals(EntryKind.DAILY, c.kind());
        assertNull(c.fieldInstruction());
    }

    @Test
    void shouldTidyTagsWithoutLosingAny() {
        EntryContent c = check(new EntryInput(null, null, "x", null, null,
                Arrays.asList(" #LoRA ", "lora", "квантизация", "", null, "two  words"), null));

        assertEquals(List.of("LoRA", "квантизация", "two words"), c.tags());
    }

    @Test
    void shouldGiveAFieldInstructionTheCurrentPhaseUnlessOneIsChosen() {
        FieldInstruction none = new FieldInstruction(null, "tokens", 3, null, null);
        FieldInstruction chosen = new FieldInstruction("integration", null, null, null, null);

        assertEquals("technical-immersion", check(new EntryInput(null, "field-instruction", "x", null, null, null,
                none)).fieldInstruction().phase());
        assertEquals("integration", check(new EntryInput(null, "field-instruction", "x", null, null, null,
                chosen)).fieldInstruction().phase());
    }

    @Test
    void shouldAcceptTwoHundredThousandCharactersAndNotOneMore() {
        String emoji = "🌱".repeat(EntryRules.MAX_BODY);

        assertEquals(emoji, check(new EntryInput(null, null, emoji, null, null, null, null)).body());
        Problem p = assertThrows(Problem.class,
                () -> check(new EntryInput(null, null, emoji + "!", null, null, null, null)));
        assertEquals("body-too-long", p.error());
    }

    @Test
    void shouldLinkTermsTheGlossaryKnows() {
        assertEquals(List.of("quantization", "my-own-term"), check(new EntryInput(null, null, "x", null,
                List.of("quantization", "my-own-term", "quantization"), null, null)).termIds());
    }

    @Test
    void shouldNameTheFieldOfEveryRefusal() {
        assertField("body", new EntryInput(null, null, null, null, null, null, null));
        assertField("body", new EntryInput(null, null, " \n ", null, null, null, null));
        assertField("date", new EntryInput("22.11.2026", null, "x", null, null, null, null));
        assertField("kind", new EntryInput(null, "letter", "x", null, null, null, null));
        assertField("nodeIds", new EntryInput(null, null, "x", List.of("first-lora", "nope"), null, null, null));
        assertField("termIds", new EntryInput(null, null, "x", null, List.of("nope"), null, null));
        assertField("tags", new EntryInput(null, null, "x", null, null, List.of("a,b"), null));
        assertField("tags", new EntryInput(null, null, "x", null, null, List.of("т".repeat(61)), null));
        assertField("fieldInstruction", new EntryInput(null, "daily", "x", null, null, null,
                new FieldInstruction(null, "attention", null, null, null)));
        assertField("fieldInstruction.depth", new EntryInput(null, "field-instruction", "x", null, null, null,
                new FieldInstruction(null, null, 6, null, null)));
        assertField("fieldInstruction.phase", new EntryInput(null, "field-instruction", "x", null, null, null,
                new FieldInstruction("nirvana", null, null, null, null)));
    }

    private static void assertField(String field, EntryInput in) {
        Problem p = assertThrows(Problem.class, () -> check(in));
        assertEquals(400, p.status());
        assertEquals(field, p.details().get("field"), p.getMessage());
    }
}
