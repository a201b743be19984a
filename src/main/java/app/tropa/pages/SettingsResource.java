package app.tropa.pages;

import app.tropa.http.Flag;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import app.tropa.model.ModelSettings;
import app.tropa.model.TutorConnection;
import app.tropa.platform.LearnerTime;
import app.tropa.security.SignInPassword;
import app.tropa.security.Sessions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The learner's settings: the time zone (kept in the data folder, over {@code tropa.time-zone}),
 * the sign-in password, and the way to the model tutor's connection. Each form saves on its own,
 * so any of them can be skipped; during the welcome the page ends with the way to the dashboard.
 */
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsResource {

    /** Every zone the JDK knows, sorted: the time zone field's list. */
    private static final List<String> ZONES = java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("SystemV/")
                    && !id.startsWith("Etc/")).sorted()).toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Page page, SettingsView view);
    }

    /** What the page shows; {@code zoneInput} and the errors are set after a refused save. */
    public record SettingsView(String zone, boolean zoneSaved, List<String> zones, String zoneInput, String zoneError,
            boolean passwordSet, boolean passwordInConfig, String passwordError, String passwordErrorField,
            String tutorModel, String saved, boolean welcome, int minPassword) {
    }

    @Inject
    Pages pages;

    @Inject
    LearnerTime time;

    @Inject
    SignInPassword password;

    @Inject
    Sessions sessions;

    @Inject
    TutorConnection tutor;

    @GET
    public TemplateInstance settings(@QueryParam("welcome") String welcome, @QueryParam("saved") String saved) {
        return page(Flag.parse("welcome", welcome).on(), saved, null, null, null, null);
    }

    @POST
    @Path("/time-zone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response zone(@RestForm String zone, @RestForm String welcome) {
        boolean inWelcome = Flag.parse("welcome", welcome).on();
        Optional<ZoneId> chosen = LearnerTime.parse(zone);
        if (chosen.isEmpty()) {
            String error = WelcomeResource.words(pages.lang()).settings_zone_invalid(zone == null ? "" : zone);
            return Response.status(400).entity(page(inWelcome, null, zone, error, null, null)).build();
        }
        time.saveZone(chosen.get());
        return back(inWelcome, "time-zone", null);
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@RestForm String current, @RestForm String password, @RestForm String repeat,
            @RestForm String welcome) {
        boolean inWelcome = Flag.parse("welcome", welcome).on();
        try {
            this.password.change(current, password, repeat);
        } catch (Problem refused) {
            return refused(refused, inWelcome);
        }
        // The browser that set the password stays signed in; others are asked for it.
        return back(inWelcome, "password", sessions.cookie(sessions.start()));
    }

    @POST
    @Path("/password/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removePassword(@RestForm String current, @RestForm String welcome) {
        boolean inWelcome = Flag.parse("welcome", welcome).on();
        try {
            password.remove(current);
        } catch (Problem refused) {
            return refused(refused, inWelcome);
        }
        return back(inWelcome, "password-removed", null);
    }

    private Response refused(Problem refused, boolean inWelcome) {
        if (refused.status() != 400 && refused.status() != 409) {
            throw refused;
        }
        WelcomeMsg words = WelcomeResource.words(pages.lang());
        String message = switch (refused.error()) {
            case "wrong-password" -> words.settings_password_wrong();
            case "passwords-differ" -> words.settings_password_differ();
            case "password-in-config" -> words.settings_password_in_config();
            default -> words.settings_password_invalid(SignInPassword.MIN_LENGTH, SignInPassword.MAX_LENGTH);
        };
        Object field = refused.details().getOrDefault("field", "password");
        return Response.status(refused.status()).entity(page(inWelcome, null, null, null, message, field.toString()))
                .build();
    }

    private static Response back(boolean welcome, String saved, String cookie) {
        Response.ResponseBuilder r = Response.seeOther(URI.create("/settings?saved=" + saved
                + (welcome ? "&welcome=1" : "") + "#" + (saved.startsWith("password") ? "password" : saved)));
        return cookie == null ? r.build() : r.header(HttpHeaders.SET_COOKIE, cookie).build();
    }

    private TemplateInstance page(boolean welcome, String saved, String zoneInput, String zoneError,
            String passwordError, String passwordErrorField) {
        WelcomeMsg words = WelcomeResource.words(pages.lang());
        Page page = pages.page(words.settings_title(), "settings");
        ModelSettings model = tutor.settings();
        String tutorModel = model.configured() ? model.model().orElse("") : null;
        List<String> zones = new java.util.ArrayList<>(ZONES);
        if (!zones.contains(time.zone().getId())) {
            zones.add(0, time.zone().getId()); // UTC, an offset or an old name from the config
        }
        SettingsView view = new SettingsView(time.zone().getId(), time.zoneSaved(), zones,
                zoneInput != null ? zoneInput : time.zone().getId(), zoneError, password.isSet(),
                password.fromConfig(), passwordError, passwordErrorField, tutorModel, saved, welcome,
                SignInPassword.MIN_LENGTH);
        return Templates.settings(page, view).setLocale(page.lang().locale());
    }
}
