package app.tropa.exchange;

import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What the export page and the import report show. */
final class ExportView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExportView() {
    }

    @TemplateData
    record ExportPage(String datasetTag, String maxImport, String folder, String keep, List<BackupRow> backups,
            ImportForm form, String message, String error) {
    }

    /** A backup as listed: when, why, how big, and what reading it back found ({@code checkCode} for styling). */
    @TemplateData
    record BackupRow(String name, String made, String kind, String size, String check, String checkCode,
            boolean verified) {
    }

    /** The upload form: the mode chosen, and the reason the last upload was refused. */
    @TemplateData
    record ImportForm(String mode, String error, String place) {

        static final ImportForm EMPTY = new ImportForm("merge", null, null);

        public boolean replace() {
            return "replace".equals(mode);
        }
    }

    @TemplateData
    record ReportPage(String heading, String intro, String fileLine, boolean dryRun, boolean replace, boolean changes,
            List<ReportRow> rows, String confirmAction, String hiddenName, String hiddenValue,
            String otherMode, String otherModeLink) {
    }

    @TemplateData
    record ReportRow(String kind, int inFile, int added, int updated, int skipped, int conflicts, int removed) {
    }

    static ReportRow row(String kind, ImportReport.Kind k) {
        return new ReportRow(kind, k.inFile(), k.added(), k.updated(), k.skipped(), k.conflicts(), k.removed());
    }

    static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** Bytes as a person reads them: 512 B, 34 KB, 1.2 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
