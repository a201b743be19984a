package app.tropa.model;

import java.time.Duration;
import java.util.Optional;

/**
 * How to reach the learner's model: the config's defaults, overridden by what was saved on the
 * settings page. Without a base URL and a model name the tutor is off.
 */
public record ModelSettings(Optional<String> baseUrl, Optional<String> model, Optional<String> apiKey,
        Duration timeout, boolean allowRemote, int maxAnswerChars) {

    public boolean configured() {
        return baseUrl.isPresent() && model.isPresent();
    }

    /** The base URL without a trailing slash, as the client library wants it. */
    public String base() {
        String b = baseUrl.orElseThrow();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
