package app.tropa.report;

import app.tropa.http.Problem;
import app.tropa.platform.AppMeta;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;

/**
 * The name or pseudonym the learner puts on their reports: optional, one short line, kept among
 * the data folder's facts (so a backup carries it).
 */
@ApplicationScoped
public class ReportName {

    static final String KEY = "report.name";
    public static final int MAX = 80;

    @Transactional
    public Optional<String> get() {
        return AppMeta.get(KEY).filter(n -> !n.isBlank());
    }

    /** Saves the name (an empty one clears it); refuses one that is too long or not one plain line. */
    @Transactional
    public String set(String name) {
        String n = check(name);
        AppMeta.put(KEY, n);
        return n;
    }

    static String check(String name) {
        String n = name == null ? "" : name.strip();
        int length = n.codePointCount(0, n.length());
        if (length > MAX) {
            throw Problem.badRequest("name-too-long", "The name has " + length + " characters; at most " + MAX
                    + " fit.", Map.of("field", "name", "length", length));
        }
        if (n.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)) {
            throw Problem.badRequest("invalid-name", "The name must be one line without control characters.",
                    Map.of("field", "name"));
        }
        return n;
    }
}
