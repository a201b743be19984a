package app.tropa.pages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar (RFC 5545) document of all-day events: CRLF line ends, lines folded at 75 octets
 * without splitting a character, text escaped. Plain Java, so the format is tested on its own.
 */
final class IcsCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();
    private final String stamp;

    IcsCalendar(String name, String zone, Instant now) {
        this.stamp = STAMP.format(now);
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Tropa//Learning path//EN");
        line("CALSCALE:GREGORIAN");
        line("X-WR-CALNAME:" + text(name));
        line("X-WR-TIMEZONE:" + zone);
    }

    /** One all-day event; {@code uid} stays the same for the same thing, so a calendar updates it. */
    IcsCalendar allDay(String uid, LocalDate day, String summary, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DAY.format(day));
        line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        line("SUMMARY:" + text(summary));
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + text(description));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private void line(String content) {
        out.append(fold(content)).append("\r\n");
    }

    /** Long lines continue on the next with one leading space; no line passes 75 octets. */
    static String fold(String content) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            folded.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return folded.toString();
    }
}
