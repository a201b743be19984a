package app.tropa.security;

import app.tropa.platform.AppMeta;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The calendar feed's key: a calendar app cannot sign in, so with sign-in on {@code /calendar.ics}
 * opens with {@code ?key=} instead of a session, and the key opens nothing else
 * ({@link SecurityFilter}). 32 random bytes, base64url; kept among the data folder's facts but never
 * in a backup (a key must not travel in a file), compared in constant time. Renewing it cuts off
 * every calendar subscribed with the old one.
 */
@ApplicationScoped
public class CalendarKey {

    /** Its key among the data folder's facts; the backup leaves it out (app.tropa.exchange.LearnerTables). */
    public static final String META = "calendar.key";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The key, made the first time it is asked for. */
    @Transactional
    public String current() {
        return AppMeta.get(META).orElseGet(this::renew);
    }

    @Transactional
    public String renew() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AppMeta.put(META, key);
        return key;
    }

    /** Whether this is the key; a feed with no key made yet opens with none. */
    @Transactional
    public boolean matches(String candidate) {
        String key = AppMeta.get(META).orElse(null);
        return key != null && candidate != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
