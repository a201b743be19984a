package app.tropa.model;

import app.tropa.http.Problem;
import app.tropa.platform.AppMeta;
import app.tropa.platform.TropaConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tutor's connection: settings (config defaults, then what the settings page saved in the
 * data folder), the rule on where the model may live, and the model built from them.
 */
@ApplicationScoped
public class TutorConnection {

    private static final Logger LOG = Logger.getLogger(TutorConnection.class);
    static final String BASE_URL = "tutor.base-url";
    static final String MODEL = "tutor.model";
    static final String API_KEY = "tutor.api-key";
    static final String TIMEOUT = "tutor.timeout-seconds";
    public static final int MAX_TIMEOUT_SECONDS = 3600;

    @Inject
    TropaConfig config;

    private ModelSettings builtFor;
    private TutorModel built;

    /** A remote base URL in the config stops the start, with the key that would allow it. */
    void onStart(@Observes StartupEvent event) {
        TropaConfig.Tutor t = config.tutor();
        t.baseUrl().flatMap(url -> BaseUrlRule.check(url, t.allowRemote())).ifPresent(refusal -> {
            String reason = refusal == BaseUrlRule.Refusal.REMOTE
                    ? "Tropa will not start: tropa.tutor.base-url (" + t.baseUrl().get() + ") is not on this machine, "
                            + "and every talk with the tutor carries your journal. Point it at a model on localhost, "
                            + "or set tropa.tutor.allow-remote=true to send talks there."
                    : "Tropa will not start: tropa.tutor.base-url (" + t.baseUrl().get() + ") is not an http(s) URL, "
                            + "e.g. http://localhost:11434/v1.";
            LOG.error(reason);
            throw new IllegalStateException(reason);
        });
    }

    @Transactional
    public ModelSettings settings() {
        TropaConfig.Tutor t = config.tutor();
        Optional<String> base = saved(BASE_URL).or(t::baseUrl).filter(s -> !s.isBlank());
        Optional<String> model = saved(MODEL).or(t::model).filter(s -> !s.isBlank());
        Optional<String> key = saved(API_KEY).or(t::apiKey).filter(s -> !s.isBlank());
        Duration timeout = saved(TIMEOUT).map(s -> Duration.ofSeconds(Long.parseLong(s))).orElse(t.timeout());
        return new ModelSettings(base, model, key, timeout, t.allowRemote(), t.maxAnswerChars());
    }

    private static Optional<String> saved(String key) {
        return AppMeta.get(key);
    }

    /** What the settings form sends; blank fields fall back to the config. */
    public record Change(String baseUrl, String model, String apiKey, Integer timeoutSeconds) {
    }

    /** Checks and keeps the change; a refused base URL changes nothing. */
    @Transactional
    public ModelSettings save(Change change) {
        String base = trim(change.baseUrl());
        if (!base.isEmpty()) {
            BaseUrlRule.check(base, config.tutor().allowRemote()).ifPresent(r -> {
                throw refusal(r);
            });
        }
        Integer seconds = change.timeoutSeconds();
        if (seconds != null && (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS)) {
            throw Problem.badRequest("invalid-timeout", "The timeout is a number of seconds from 1 to "
                    + MAX_TIMEOUT_SECONDS + ".", Map.of("field", "timeoutSeconds"));
        }
        AppMeta.put(BASE_URL, base);
        AppMeta.put(MODEL, trim(change.model()));
        AppMeta.put(API_KEY, trim(change.apiKey()));
        AppMeta.put(TIMEOUT, String.valueOf(seconds == null ? config.tutor().timeout().toSeconds() : seconds));
        return settings();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    static Problem refusal(BaseUrlRule.Refusal r) {
        return r == BaseUrlRule.Refusal.REMOTE
                ? Problem.badRequest("remote-model", "This address is not on this machine, and every talk carries "
                        + "your journal. Use a model on localhost, or start Tropa with tropa.tutor.allow-remote=true.",
                        Map.of("field", "baseUrl"))
                : Problem.badRequest("invalid-base-url", "The base URL is an http(s) address such as "
                        + "http://localhost:11434/v1.", Map.of("field", "baseUrl"));
    }

    /** The model to talk to, or 409 tutor-off when none is connected. */
    public TutorModel model() {
        return model(settings());
    }

    /** The model these settings (read once by the caller) name, or 409 tutor-off. */
    public TutorModel model(ModelSettings s) {
        if (!s.configured()) {
            throw tutorOff();
        }
        return modelFor(s);
    }

    public static Problem tutorOff() {
        return new Problem(409, "tutor-off", "No model is connected. Set a base URL and a model on /tutor/settings "
                + "(or tropa.tutor.base-url and tropa.tutor.model).", Map.of());
    }

    private synchronized TutorModel modelFor(ModelSettings s) {
        // A settings change made elsewhere (config, another tab) is checked again before connecting.
        BaseUrlRule.check(s.baseUrl().orElseThrow(), s.allowRemote()).ifPresent(r -> {
            throw refusal(r);
        });
        if (!s.equals(builtFor)) {
            built = new OpenAiTutorModel(s);
            builtFor = s;
        }
        return built;
    }

    /** What "check the connection" reports: the server's models, or why it could not list them. */
    public record Check(boolean reachable, List<String> models, Optional<ModelFailure> failure) {
    }

    public Check check() {
        ModelSettings s = settings();
        if (s.baseUrl().isEmpty()) {
            return new Check(false, List.of(), Optional.empty());
        }
        try {
            List<String> models = modelFor(s).models();
            Optional<ModelFailure> missing = s.model().filter(name -> !models.contains(name))
                    .map(name -> new ModelFailure(ModelFailure.Kind.MODEL_NOT_FOUND, "The server has no model named "
                            + name + ".", "", null));
            return new Check(true, models, missing);
        } catch (ModelFailure f) {
            return new Check(false, List.of(), Optional.of(f));
        }
    }

    /** The settings as JSON for /api/tutor/model; the key itself never leaves. */
    public Map<String, Object> describe(Check check) {
        ModelSettings s = settings();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("configured", s.configured());
        out.put("baseUrl", s.baseUrl().orElse(null));
        out.put("model", s.model().orElse(null));
        out.put("reachable", check.reachable());
        out.put("models", check.models());
        check.failure().ifPresent(f -> out.put("problem", f.code()));
        return out;
    }
}
