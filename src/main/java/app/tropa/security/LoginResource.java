package app.tropa.security;

import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.platform.LearnerTime;
import app.tropa.platform.TropaConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.Duration;

/** Signing in with the learner's password, when one is set, and signing out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Page page, String error);
    }

    @Inject
    Pages pages;

    @Inject
    Sessions sessions;


    @Inject
    TropaConfig config;

    @Inject
    Throttle throttle;

    @Inject
    SignInPassword signInPassword;

    @Inject
    HttpServerRequest request;

    /** One throttle for the whole app. */
    @Singleton
    public static class Throttle {

        @Inject
        LearnerTime time;

        @Inject
        TropaConfig config;

        LoginThrottle limiter;

        @PostConstruct
        void init() {
            limiter = new LoginThrottle(time.clock(), config.auth().maxFailuresPerMinute());
        }
    }

    @GET
    @Path("login")
    public Response form() {
        if (!sessions.required()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(page(null)).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String password) {
        if (!sessions.required()) {
            return Response.seeOther(URI.create("/")).build();
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Duration wait = throttle.limiter.waitFor(address);
        if (!wait.isZero() && !wait.isNegative()) {
            long seconds = Math.max(1, wait.toSeconds());
            return Response.status(429).header("Retry-After", seconds)
                    .entity(page(pages.msg().login_wait(seconds))).build();
        }
        if (!signInPassword.matches(password)) {
            throttle.limiter.failed(address);
            return Response.status(401).entity(page(pages.msg().login_wrong())).build();
        }
        throttle.limiter.succeeded(address);
        return Response.seeOther(URI.create("/")).header(HttpHeaders.SET_COOKIE, sessions.cookie(sessions.start()))
                .build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        Cookie session = request.getCookie(Sessions.COOKIE);
        sessions.end(session == null ? null : session.getValue());
        return Response.seeOther(URI.create("/login")).header(HttpHeaders.SET_COOKIE, Sessions.clearedCookie()).build();
    }

    private TemplateInstance page(String error) {
        Page page = pages.page(pages.msg().login_title(), "login");
        return Templates.login(page, error).setLocale(page.lang().locale());
    }
}
