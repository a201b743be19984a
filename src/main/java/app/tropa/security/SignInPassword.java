package app.tropa.security;

import app.tropa.http.Problem;
import app.tropa.platform.AppMeta;
import app.tropa.platform.TropaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;

/**
 * The sign-in password's hash: {@code tropa.auth.password-hash} when the config sets one (it then
 * cannot be changed from a page), else the one set on the settings page, kept in the data folder.
 * Held in memory, since every request asks whether sign-in is on.
 */
@ApplicationScoped
public class SignInPassword {

    /** Where the settings page keeps the hash among the data folder's facts (never in a backup). */
    public static final String KEY = "auth.password-hash";
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 200;

    @Inject
    TropaConfig config;

    private volatile String saved;

    /** Reads the saved hash; start-up calls it before anything asks. */
    @Transactional
    public void load() {
        saved = AppMeta.get(KEY).filter(PasswordHash::isWellFormed).orElse(null);
    }

    public Optional<String> hash() {
        return config.auth().passwordHash().or(() -> Optional.ofNullable(saved));
    }

    public boolean isSet() {
        return hash().isPresent();
    }

    /** Whether the config holds the password, so the settings page can only say so. */
    public boolean fromConfig() {
        return config.auth().passwordHash().isPresent();
    }

    public boolean matches(String password) {
        return password != null && hash().map(h -> PasswordHash.matches(password.toCharArray(), h)).orElse(false);
    }

    /**
     * Sets or changes the password: the current one must be given when one is set, and the new
     * one typed twice. Every refusal is a 400 naming the field.
     */
    @Transactional
    public void change(String current, String chosen, String repeated) {
        refuseWhenConfigured();
        if (isSet() && !matches(current)) {
            throw Problem.badRequest("wrong-password", "The current password is not right.",
                    Map.of("field", "current"));
        }
        String p = chosen == null ? "" : chosen;
        if (p.length() < MIN_LENGTH || p.length() > MAX_LENGTH) {
            throw Problem.badRequest("invalid-password", "A password has " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters.", Map.of("field", "password"));
        }
        if (!p.equals(repeated)) {
            throw Problem.badRequest("passwords-differ", "The two passwords are not the same.",
                    Map.of("field", "repeat"));
        }
        String hash = PasswordHash.hash(p.toCharArray());
        AppMeta.put(KEY, hash);
        saved = hash;
    }

    /** Turns sign-in off again; the current password must be given. */
    @Transactional
    public void remove(String current) {
        refuseWhenConfigured();
        if (!isSet()) {
            return;
        }
        if (!matches(current)) {
            throw Problem.badRequest("wrong-password", "The current password is not right.",
                    Map.of("field", "current"));
        }
        AppMeta.deleteById(KEY);
        saved = null;
    }

    private void refuseWhenConfigured() {
        if (fromConfig()) {
            throw new Problem(409, "password-in-config", "The password is set in the configuration "
                    + "(tropa.auth.password-hash); change it there.", Map.of());
        }
    }
}
