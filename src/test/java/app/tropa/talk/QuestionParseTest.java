package app.tropa.talk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionParseTest {

    static String pairs(int n) {
        StringBuilder b = new StringBuilder("{\"questions\":[");
        for (int i = 1; i <= n; i++) {
            b.append(i > 1 ? "," : "").append("{\"question\":\"Why ").append(i).append("?\",\"answer\":\"Because ")
                    .append(i).append(".\"}");
        }
        return b.append("]}").toString();
    }

    @Test
    void threeToFivePairsAreRead() {
        List<QuestionService.Suggestion> read = QuestionService.parse(pairs(3));
        assertEquals(new QuestionService.Suggestion("Why 1?", "Because 1."), read.get(0));
        assertEquals(3, read.size());
    }

    @Test
    void aCodeFenceOrWordsAroundTheObjectAreForgiven() {
        assertEquals(4, QuestionService.parse("Here you go:\n```json\n" + pairs(4) + "\n```\nEnjoy!").size());
    }

    @Test
    void moreThanFiveAreCutToFive() {
        assertEquals(5, QuestionService.parse(pairs(8)).size());
    }

    @Test
    void tooFewOrBrokenRepliesAreRefusedWithAReasonToSendBack() {
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> QuestionService.parse(pairs(2)));
        assertTrue(few.getMessage().contains("2 usable"), few.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QuestionService.parse("Sure! 1. Why? Because."));
        assertThrows(IllegalArgumentException.class, () -> QuestionService.parse("{\"questions\": [ {\"question\": \"a\" "));
        assertThrows(IllegalArgumentException.class, () -> QuestionService.parse("{\"items\":[]}"));
        assertThrows(IllegalArgumentException.class, () -> QuestionService.parse(
                "{\"questions\":[{\"question\":\"\",\"answer\":\"x\"},{\"question\":\"q\"},{\"answer\":\"a\"}]}"));
    }
}
