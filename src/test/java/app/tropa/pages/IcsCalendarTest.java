package app.tropa.pages;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcsCalendarTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void everyLineEndsInCrLfAndNoneIsLongerThan75Octets() {
        String ics = new IcsCalendar("Тропа", "Europe/Moscow", NOW)
                .allDay("reviews-2026-12-03@tropa.local", LocalDate.of(2026, 12, 3),
                        "Тропа: к повторению: 12", "Квантизация — это сжатие весов модели; ".repeat(8)).end();
        assertTrue(ics.endsWith("\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), "a bare line break inside a line");
        }
    }

    @Test
    void aCalendarAppReadsBackEveryEventWithItsTextWhole() {
        String description = "Token\nContext window; \"quotes\", commas\\backslash " + "ж".repeat(100);
        String ics = new IcsCalendar("Tropa", "UTC", NOW)
                .allDay("reviews-2026-12-03@tropa.local", LocalDate.of(2026, 12, 3), "Tropa: reviews due: 2", description)
                .allDay("letter-7@tropa.local", LocalDate.of(2027, 6, 1), "Tropa: a letter from your past self opens", null)
                .end();
        ICalendar parsed = Biweekly.parse(ics).first();
        List<VEvent> events = parsed.getEvents();
        assertEquals(2, events.size());
        assertEquals("reviews-2026-12-03@tropa.local", events.get(0).getUid().getValue());
        assertEquals("Tropa: reviews due: 2", events.get(0).getSummary().getValue());
        assertEquals(description, events.get(0).getDescription().getValue());
        assertTrue(!events.get(0).getDateStart().getValue().hasTime(), "an all-day event");
        assertEquals("letter-7@tropa.local", events.get(1).getUid().getValue());
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String folded = IcsCalendar.fold("SUMMARY:" + "🙂ж".repeat(40));
        assertEquals("SUMMARY:" + "🙂ж".repeat(40), folded.replace("\r\n ", ""));
    }
}
