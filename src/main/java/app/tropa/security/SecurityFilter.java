package app.tropa.security;

import app.tropa.http.ErrorMappers;
import app.tropa.platform.TropaConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.HashSet;

/**
 * Runs {@link RequestGuard} before anything else answers, for every path (pages, API, static
 * files, /q/), and adds the security headers to every response.
 */
@ApplicationScoped
public class SecurityFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String FEED = "/calendar.ics";
    public static final String FEED_KEY = "key";

    @Inject
    TropaConfig config;

    @Inject
    Sessions sessions;

    private RequestGuard guard;

    void install(@Observes Router router) {
        guard = new RequestGuard(new HashSet<>(config.allowedHosts().orElse(java.util.List.of())),
                config.limits().body().asLongValue(), config.limits().importBody().asLongValue());
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        ctx.addHeadersEndHandler(v -> headers(ctx));
        long length = contentLength(req.getHeader(HttpHeaders.CONTENT_LENGTH));
        boolean hasBody = length > 0 || req.getHeader("Transfer-Encoding") != null;
        var refusal = guard.check(new RequestGuard.Request(req.method().name(), req.path(),
                req.getHeader(HttpHeaders.HOST), req.getHeader(HttpHeaders.ORIGIN), req.getHeader("Sec-Fetch-Site"),
                req.getHeader(HttpHeaders.CONTENT_TYPE), hasBody, length));
        if (refusal.isEmpty()) {
            if (needsLogin(req)) {
                askForLogin(ctx);
                return;
            }
            ctx.next();
            return;
        }
        RequestGuard.Refusal r = refusal.get();
        ctx.response().setStatusCode(r.status());
        if (ErrorMappers.isApi(req.path())) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("error", r.error()).put("message", r.message()).encode());
        } else {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8").end(r.message());
        }
    }

    private static long contentLength(String header) {
        try {
            return header == null ? 0 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * With a password set, everything but the login page, static assets, health and the calendar
     * feed with its key needs a session.
     */
    private boolean needsLogin(HttpServerRequest req) {
        if (!sessions.required()) {
            return false;
        }
        String path = req.path();
        boolean open = path.equals("/login") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.equals("/favicon.svg") || path.startsWith("/q/health") || feedWithKey(req);
        var cookie = req.getCookie(Sessions.COOKIE);
        return !open && !sessions.isValid(cookie == null ? null : cookie.getValue());
    }

    /**
     * The calendar feed asked for with a key goes on to the feed, which checks the key (reading it
     * needs the database, which this filter must not wait on); the key opens no other path.
     */
    private static boolean feedWithKey(HttpServerRequest req) {
        String key = req.getParam(FEED_KEY);
        return req.path().equals(FEED) && key != null && !key.isEmpty();
    }

    private static void askForLogin(RoutingContext ctx) {
        if (ErrorMappers.isApi(ctx.request().path())) {
            ctx.response().setStatusCode(401).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("error", "login-required")
                            .put("message", "Sign in at /login first; this Tropa is protected by a password.").encode());
        } else {
            ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, "/login").end();
        }
    }

    private void headers(RoutingContext ctx) {
        var headers = ctx.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        // Swagger UI is a developer tool that needs its own inline script; every Tropa page gets the strict policy,
        // unless its resource set a narrower one itself (the report file: nothing but its own inline style).
        if (!ctx.request().path().startsWith("/q/swagger-ui") && !headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", CSP);
        }
    }
}
