package app.tropa.progress;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where the learner stands on one node. */
@TemplateData
public enum ProgressStatus {
    NOT_STARTED("not_started"),
    IN_PROGRESS("in_progress"),
    DONE("done"),
    SKIPPED("skipped");

    private final String code;

    ProgressStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Done or skipped: nothing left to do here, so it no longer blocks what follows. */
    public boolean isClosed() {
        return this == DONE || this == SKIPPED;
    }

    public static Optional<ProgressStatus> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ProgressStatus::code).toList();
    }
}
