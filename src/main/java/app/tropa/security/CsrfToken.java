package app.tropa.security;

import app.tropa.http.Problem;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The form token of this browser (double-submit): a random value kept in an HttpOnly,
 * SameSite=Strict cookie and repeated in a hidden field of every form. A page from another site
 * can neither read the cookie nor guess the value, so it cannot forge a form post.
 */
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "tropa-csrf";
    public static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServerRequest request;

    private String token;
    private boolean fresh;

    public String value() {
        if (token == null) {
            Cookie cookie = request.getCookie(COOKIE);
            if (cookie != null && cookie.getValue().length() >= 32) {
                token = cookie.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                fresh = true;
            }
        }
        return token;
    }

    /** True when this request made a new token, which the response must then set as a cookie. */
    public boolean isFresh() {
        return fresh;
    }

    /** Refuses a form post whose token is missing or differs from this browser's cookie. */
    public void verify(String submitted) {
        Cookie cookie = request.getCookie(COOKIE);
        boolean valid = cookie != null && submitted != null && MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            throw new Problem(403, "invalid-form-token", "This form has expired or did not come from Tropa. "
                    + "Reload the page and send it again.", java.util.Map.of());
        }
    }
}
