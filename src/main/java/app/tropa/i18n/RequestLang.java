package app.tropa.i18n;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The language of the current request: {@code ?lang=} first, then the remembered choice in the
 * {@value #COOKIE} cookie, then {@code Accept-Language}, then English.
 */
@RequestScoped
public class RequestLang {

    public static final String COOKIE = "tropa-lang";

    @Inject
    HttpServerRequest request;

    private Lang lang;

    public Lang get() {
        if (lang == null) {
            lang = resolve();
        }
        return lang;
    }

    private Lang resolve() {
        var fromQuery = Lang.parse(request.getParam("lang"));
        if (fromQuery.isPresent()) {
            return fromQuery.get();
        }
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie != null) {
            var fromCookie = Lang.parse(cookie.getValue());
            if (fromCookie.isPresent()) {
                return fromCookie.get();
            }
        }
        return Lang.fromAcceptLanguage(request.getHeader("Accept-Language")).orElse(Lang.EN);
    }
}
