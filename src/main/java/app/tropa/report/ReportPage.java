package app.tropa.report;

import java.util.List;

/**
 * The report page: the name form, and the choices as a form that opens or downloads the file.
 * {@code reflections} are the ones offered as checkboxes: those found (or the newest), and every
 * one already ticked.
 */
public record ReportPage(ReportChoices choices, List<LangOption> langs, List<ReflectionOption> reflections,
        int reflectionTotal, String find, String name, String nameError, boolean nameSaved, String query) {

    public int nameMax() {
        return ReportName.MAX;
    }

    public record LangOption(String code, String label, boolean checked) {
    }

    public record ReflectionOption(long id, String label, boolean checked) {
    }
}
