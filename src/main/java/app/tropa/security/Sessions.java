package app.tropa.security;

import app.tropa.platform.LearnerTime;
import app.tropa.platform.TropaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in browsers, by a random token in an HttpOnly, SameSite=Strict cookie. Kept in memory
 * only: a restart asks for the password again, and no session ever lands on disk.
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "tropa-session";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LearnerTime time;

    @Inject
    TropaConfig config;

    @Inject
    SignInPassword password;

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    public String start() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(token, time.now().plus(Duration.ofDays(config.auth().sessionDays())));
        return token;
    }

    public boolean isValid(String token) {
        if (token == null) {
            return false;
        }
        Instant expiry = expiries.get(token);
        if (expiry == null || !expiry.isAfter(time.now())) {
            expiries.remove(token);
            return false;
        }
        return true;
    }

    /**
     * Forgets every session past its expiry. A browser that never comes back would otherwise keep
     * its entry for as long as the app runs; an hourly sweep keeps the map to the live sessions.
     */
    @Scheduled(every = "1h", delayed = "1h")
    void sweepHourly() {
        sweep();
    }

    /** Forgets expired sessions now; how many went. */
    public int sweep() {
        Instant now = time.now();
        int before = expiries.size();
        expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        return before - expiries.size();
    }

    /** How many sessions are held (for tests and the benchmark's memory checks). */
    public int count() {
        return expiries.size();
    }

    public void end(String token) {
        if (token != null) {
            expiries.remove(token);
        }
    }

    public boolean required() {
        return password.isSet();
    }

    public String cookie(String token) {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + Duration.ofDays(config.auth().sessionDays()).toSeconds();
    }

    public static String clearedCookie() {
        return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
    }
}
