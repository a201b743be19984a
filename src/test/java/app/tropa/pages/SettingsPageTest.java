package app.tropa.pages;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import app.tropa.TestClock;
import app.tropa.platform.AppMeta;
import app.tropa.platform.LearnerTime;
import app.tropa.security.SignInPassword;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SettingsPageTest {

    private static final String SECRET = "a long enough secret";

    @Inject
    LearnerTime time;

    @Inject
    SignInPassword password;

    @Inject
    TestClock clock;

    FormSession form;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        form = FormSession.open("/settings");
    }

    /** Other tests share this database: the zone and the password go back to none. */
    @AfterEach
    void putBack() {
        clock.reset();
        time.saveZone(null);
        QuarkusTransaction.requiringNew().run(() -> AppMeta.deleteById(SignInPassword.KEY));
        password.load();
    }

    private RequestSpecification send() {
        return given().redirects().follow(false).cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token());
    }

    @Test
    void shouldShowTheThreeSettingsWithTheWayToTheDashboardDuringTheWelcome() {
        given().get("/settings?welcome=1&lang=en").then().statusCode(200)
                .body(containsString("<h1>Settings</h1>"))
                .body(containsString("Three optional settings"))
                .body(containsString("<option selected>UTC</option>"))
                .body(containsString("data-browser-zone"))
                .body(containsString("<script src=\"/js/time-zone.js\" defer></script>"))
                .body(containsString("No password is set."))
                .body(containsString("href=\"/tutor/settings\""))
                .body(containsString("Done: to my dashboard"));
        given().get("/settings?lang=ru").then().statusCode(200)
                .body(containsString("Часовой пояс")).body(not(containsString("Готово — на главную")));
    }

    @Test
    void shouldUseTheSavedTimeZoneForTheLearnersDays() {
        clock.set(Instant.parse("2026-12-02T22:30:00Z"));
        assertEquals(LocalDate.of(2026, 12, 2), time.today());

        send().formParam("zone", "Asia/Vladivostok").formParam("welcome", "1").post("/settings/time-zone").then()
                .statusCode(303).header("Location", endsWith("/settings?saved=time-zone&welcome=1#time-zone"));

        assertEquals(ZoneId.of("Asia/Vladivostok"), time.zone());
        assertEquals(LocalDate.of(2026, 12, 3), time.today());
        given().get("/settings?lang=en&saved=time-zone").then().body(containsString("Saved."))
                .body(containsString("<option selected>Asia/Vladivostok</option>"))
                .body(not(containsString("data-browser-zone")));
    }

    @Test
    void shouldRefuseAZoneThatIsNotOneKeepingWhatWasTyped() {
        send().formParam("zone", "Mars/Olympus").post("/settings/time-zone?lang=en").then().statusCode(400)
                .body(containsString("“Mars/Olympus” is not a time zone."))
                .body(containsString("aria-invalid=\"true\""));
        assertEquals(ZoneId.of("UTC"), time.zone());
    }

    @Test
    void shouldRefuseAShortOrMistypedPassword() {
        send().formParam("password", "short").formParam("repeat", "short").post("/settings/password?lang=en")
                .then().statusCode(400).body(containsString("A password has 8 to 200 characters."));
        send().formParam("password", SECRET).formParam("repeat", SECRET + "!").post("/settings/password?lang=en")
                .then().statusCode(400).body(containsString("The two passwords are not the same."));
        given().get("/?lang=en").then().statusCode(200);
    }

    @Test
    void shouldAskOtherBrowsersToSignInOnceAPasswordIsSet() {
        String session = send().formParam("password", SECRET).formParam("repeat", SECRET)
                .post("/settings/password").then().statusCode(303)
                .header("Location", endsWith("/settings?saved=password#password"))
                .extract().cookie("tropa-session");

        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/login"));
        given().cookie("tropa-session", session).get("/settings?lang=en").then().statusCode(200)
                .body(containsString("A password is set."));
        send().formParam("password", SECRET).post("/login").then().statusCode(303).header("Location", endsWith("/"));

        given().cookie("tropa-session", session).redirects().follow(false).cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token()).formParam("current", "not it")
                .post("/settings/password/remove?lang=en").then().statusCode(400)
                .body(containsString("The current password is not right."));
        given().cookie("tropa-session", session).redirects().follow(false).cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token()).formParam("current", SECRET)
                .post("/settings/password/remove").then().statusCode(303);
        given().redirects().follow(false).get("/").then().statusCode(200);
        assertEquals(false, password.isSet());
        given().get("/api/tutor").then().statusCode(200).body("position.complete", equalTo(false));
    }
}
