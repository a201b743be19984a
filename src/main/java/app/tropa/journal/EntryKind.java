package app.tropa.journal;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an entry is: a day's reflection, a field instruction with the seeds' structure, or the
 * answer written when a done step came back for a revisit.
 */
@TemplateData
public enum EntryKind {
    DAILY("daily"),
    FIELD_INSTRUCTION("field-instruction"),
    REVISIT("revisit");

    private final String code;

    EntryKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<EntryKind> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(EntryKind::code).toList();
    }
}
