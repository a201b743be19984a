package app.tropa.security;

import app.tropa.FormSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(PasswordProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginTest {

    @Test
    void shouldAskForLoginBeforeAnyPageOrApiCall() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/login"));
        given().get("/api/curriculum").then().statusCode(401).body("error", equalTo("login-required"));
        given().get("/css/tropa.css").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/login?lang=ru").then().statusCode(200).body(containsString("<h1>Вход</h1>"));
    }

    @Test
    void shouldSignInSetAStrictSessionCookieAndSignOut() {
        FormSession form = FormSession.open("/login");
        Response login = given().redirects().follow(false).cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token()).formParam("password", PasswordProfile.PASSWORD).post("/login");

        login.then().statusCode(303).header("Location", containsString("/"));
        String setCookie = login.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("tropa-session=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        String session = login.getCookie("tropa-session");

        given().cookie("tropa-session", session).get("/api/curriculum").then().statusCode(200);
        given().cookie("tropa-session", session).get("/path").then().statusCode(200).body(containsString("Sign out"));

        given().redirects().follow(false).cookie("tropa-session", session).cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token()).post("/logout").then().statusCode(303);
        given().cookie("tropa-session", session).get("/api/curriculum").then().statusCode(401);
    }

    @jakarta.inject.Inject
    app.tropa.TestClock clock;

    @jakarta.inject.Inject
    Sessions sessions;

    @Test
    void aSessionEndsAfterTheConfiguredDaysAndTheHourlySweepForgetsIt() {
        clock.set(java.time.Instant.parse("2026-12-01T10:00:00Z"));
        try {
            FormSession form = FormSession.open("/login");
            String session = given().redirects().follow(false).cookie("tropa-csrf", form.cookie())
                    .formParam("_csrf", form.token()).formParam("password", PasswordProfile.PASSWORD).post("/login")
                    .getCookie("tropa-session");
            clock.set(java.time.Instant.parse("2026-12-15T09:59:00Z"));
            given().cookie("tropa-session", session).get("/api/curriculum").then().statusCode(200);
            int held = sessions.count();

            clock.set(java.time.Instant.parse("2026-12-15T10:00:01Z"));

            org.junit.jupiter.api.Assertions.assertTrue(sessions.sweep() >= 1, "the expired session is swept");
            org.junit.jupiter.api.Assertions.assertTrue(sessions.count() < held);
            given().cookie("tropa-session", session).get("/api/curriculum").then().statusCode(401);
        } finally {
            clock.reset();
        }
    }

    /** Last: it leaves this address throttled. */
    @Test
    @Order(Integer.MAX_VALUE)
    void shouldRefuseWrongPasswordAndThenSlowDownGuessing() {
        FormSession form = FormSession.open("/login");
        for (int i = 0; i < 3; i++) {
            given().cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token())
                    .formParam("password", "guess " + i).post("/login")
                    .then().statusCode(401).body(containsString("That password is not right"));
        }
        given().cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token())
                .formParam("password", PasswordProfile.PASSWORD).post("/login")
                .then().statusCode(429).header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.greaterThan(0), org.hamcrest.Matchers.lessThanOrEqualTo(60)))
                .body(containsString("Too many wrong passwords"));
    }
}
