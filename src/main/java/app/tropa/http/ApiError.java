package app.tropa.http;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/** The one JSON shape of every error under {@code /api}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, String message, Map<String, Object> details) {

    public ApiError(String error, String message) {
        this(error, message, Map.of());
    }
}
