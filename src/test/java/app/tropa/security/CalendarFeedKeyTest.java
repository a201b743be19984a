package app.tropa.security;

import app.tropa.FormSession;
import biweekly.Biweekly;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With sign-in on, a calendar app opens the feed by its key, and the key opens nothing else. */
@QuarkusTest
@TestProfile(PasswordProfile.class)
class CalendarFeedKeyTest {

    private static final Pattern FEED = Pattern.compile("value=\"(http://[^\"]+/calendar\\.ics\\?key=([A-Za-z0-9_-]+))\"");

    @Inject
    Sessions sessions;

    private String session;

    @BeforeEach
    void signedIn() {
        session = sessions.start();
    }

    /** The key as the review page shows it in the feed's address. */
    private String keyOnTheReviewPage() {
        String page = given().cookie(Sessions.COOKIE, session).get("/review?lang=en").then().statusCode(200)
                .body(containsString("Renew the key")).extract().asString();
        Matcher m = FEED.matcher(page);
        assertTrue(m.find(), "the review page shows the feed's address with its key");
        return m.group(2);
    }

    @Test
    void withoutAKeyOrASessionTheFeedAsksForSignInLikeEveryPage() {
        given().redirects().follow(false).get("/calendar.ics").then().statusCode(303)
                .header("Location", containsString("/login"));
        given().redirects().follow(false).get("/calendar.ics?key=").then().statusCode(303);
    }

    @Test
    void theRightKeyOpensTheFeedWithoutSigningIn() {
        String key = keyOnTheReviewPage();
        assertEquals(43, key.length(), "32 random bytes, base64url");

        String ics = given().get("/calendar.ics?key=" + key).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        assertNotNull(Biweekly.parse(ics).first());
    }

    @Test
    void aWrongKeyIsRefused() {
        String key = keyOnTheReviewPage();
        String wrong = (key.charAt(0) == 'A' ? "B" : "A") + key.substring(1);

        given().redirects().follow(false).get("/calendar.ics?key=" + wrong).then().statusCode(401)
                .body(containsString("not valid any more"));
        given().redirects().follow(false).get("/calendar.ics?key=short").then().statusCode(401);
    }

    @Test
    void theKeyOpensNoOtherPage() {
        String key = keyOnTheReviewPage();

        for (String path : new String[] {"/", "/review", "/review/stats", "/journal", "/export", "/pace",
            "/calendar.ics/", "/calendar.icsx"}) {
            given().redirects().follow(false).get(path + "?key=" + key).then().statusCode(303)
                    .header("Location", containsString("/login"));
        }
        given().get("/api/review/stats?key=" + key).then().statusCode(401).body("error", equalTo("login-required"));
        given().get("/api/export/json?key=" + key).then().statusCode(401);
    }

    @Test
    void renewingTheKeyCutsOffTheOldAddress() {
        String old = keyOnTheReviewPage();
        FormSession form = FormSession.open("/login");

        given().redirects().follow(false).cookie(Sessions.COOKIE, session).cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token()).post("/review/calendar-key").then().statusCode(303)
                .header("Location", containsString("/review#calendar-feed"));

        String renewed = keyOnTheReviewPage();
        assertNotEquals(old, renewed);
        given().get("/calendar.ics?key=" + old).then().statusCode(401);
        given().get("/calendar.ics?key=" + renewed).then().statusCode(200);
    }

    @Test
    void renewingNeedsTheFormToken() {
        given().redirects().follow(false).cookie(Sessions.COOKIE, session).formParam("x", "y")
                .post("/review/calendar-key").then().statusCode(403);
    }

    @Test
    void theKeyNeverLeavesInABackup() {
        String key = keyOnTheReviewPage();

        String backup = given().cookie(Sessions.COOKIE, session).get("/api/export/json").then().statusCode(200)
                .body(containsString("\"settings\"")).extract().asString();
        assertTrue(!backup.contains(key) && !backup.contains("calendar.key"), "the feed's key stays on this machine");
    }
}
