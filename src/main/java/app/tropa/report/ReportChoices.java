package app.tropa.report;

import app.tropa.http.Problem;
import app.tropa.i18n.Lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the learner chose to put in a report. By default nothing they wrote goes in: no metaphors,
 * no notes, no reflections. Each is added only when asked for; sealed letters and the trash are
 * never candidates.
 */
public record ReportChoices(Lang lang, Variant variant, boolean metaphors, boolean notes, List<Long> reflections) {

    /** At most this many reflections in one report. */
    public static final int MAX_REFLECTIONS = 200;

    public static final String METAPHORS = "metaphors";
    public static final String NOTES = "notes";

    /** The progress report, or the portfolio: the build steps with what the learner made. */
    public enum Variant {
        PROGRESS, PORTFOLIO;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ReportChoices {
        reflections = List.copyOf(reflections);
    }

    public static ReportChoices defaults(Lang lang) {
        return new ReportChoices(lang, Variant.PROGRESS, false, false, List.of());
    }

    /**
     * From the query's words: {@code reportLang} (else {@code fallback}), {@code variant},
     * {@code include} (repeated, or comma-separated) and {@code reflection} ids (repeated).
     */
    public static ReportChoices parse(String reportLang, Lang fallback, String variant, List<String> include,
            List<String> reflection) {
        Lang lang = blank(reportLang) ? fallback : Lang.parse(reportLang).orElseThrow(() -> Problem.badRequest(
                "invalid-report-lang", "reportLang must be en or ru, not '" + reportLang + "'.",
                Map.of("field", "reportLang")));
        Set<String> included = includes(include);
        return new ReportChoices(lang, variant(variant), included.contains(METAPHORS), included.contains(NOTES),
                ids(reflection));
    }

    private static Variant variant(String code) {
        if (blank(code)) {
            return Variant.PROGRESS;
        }
        for (Variant v : Variant.values()) {
            if (v.code().equals(code.strip())) {
                return v;
            }
        }
        throw Problem.badRequest("invalid-variant", "variant must be progress or portfolio, not '" + code + "'.",
                Map.of("field", "variant"));
    }

    private static Set<String> includes(List<String> include) {
        Set<String> included = new LinkedHashSet<>();
        for (String value : include == null ? List.<String>of() : include) {
            for (String word : value.split(",")) {
                String w = word.strip();
                if (w.isEmpty()) {
                    continue;
                }
                if (!w.equals(METAPHORS) && !w.equals(NOTES)) {
                    throw Problem.badRequest("invalid-include", "include takes metaphors or notes, not '" + w
                            + "' (reflections are chosen by id with reflection=).", Map.of("field", "include"));
                }
                included.add(w);
            }
        }
        return included;
    }

    private static List<Long> ids(List<String> reflection) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : reflection == null ? List.<String>of() : reflection) {
            if (blank(value)) {
                continue;
            }
            try {
                long id = Long.parseLong(value.strip());
                if (id < 1) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                throw Problem.badRequest("invalid-reflection", "reflection takes a reflection's id (a whole number "
                        + "from 1), not '" + value + "'.", Map.of("field", "reflection"));
            }
        }
        if (ids.size() > MAX_REFLECTIONS) {
            throw Problem.badRequest("too-many-reflections", "A report holds at most " + MAX_REFLECTIONS
                    + " reflections; " + ids.size() + " were chosen.", Map.of("field", "reflection"));
        }
        return new ArrayList<>(ids);
    }

    public boolean portfolio() {
        return variant == Variant.PORTFOLIO;
    }

    public boolean chose(long reflectionId) {
        return reflections.contains(reflectionId);
    }

    /** The choices as a query string, for the links to the file and the JSON. */
    public String query() {
        StringBuilder q = new StringBuilder("reportLang=").append(lang.code())
                .append("&variant=").append(variant.code());
        if (metaphors) {
            q.append("&include=").append(METAPHORS);
        }
        if (notes) {
            q.append("&include=").append(NOTES);
        }
        reflections.forEach(id -> q.append("&reflection=").append(id));
        return q.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
