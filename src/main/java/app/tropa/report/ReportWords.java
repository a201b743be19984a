package app.tropa.report;

import app.tropa.i18n.Lang;
import app.tropa.journal.EntryKind;
import app.tropa.progress.StepState;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The report's words made in Java, in the report's language (not necessarily the interface's). */
final class ReportWords {

    private ReportWords() {
    }

    static ReportMsg msg(Lang lang) {
        return MessageBundles.get(ReportMsg.class, Localized.Literal.of(lang.code()));
    }

    static String state(StepState state, ReportMsg m) {
        return switch (state) {
            case DONE -> m.state_done();
            case IN_PROGRESS -> m.state_in_progress();
            case SKIPPED -> m.state_skipped();
            case AVAILABLE -> m.state_available();
            case WAITING -> m.state_waiting();
        };
    }

    static String kind(EntryKind kind, ReportMsg m) {
        return kind == EntryKind.FIELD_INSTRUCTION ? m.kind_field_instruction() : m.kind_daily();
    }

    /** A day written out in full, for the report's header: "2 December 2026", «2 декабря 2026 г.». */
    static String longDay(LocalDate day, Lang lang) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale()).format(day);
    }
}
