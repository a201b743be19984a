package app.tropa.review;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The review page without JavaScript: reveal is a link-like GET, grading a plain form. */
@QuarkusTest
class ReviewPageTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    @Test
    void shouldSayWhenNothingIsInReviewYet() {
        given().get("/review?lang=en").then().statusCode(200)
                .body(containsString("No term is in review yet"))
                .body(containsString("<a href=\"/review\" aria-current=\"page\">Review</a>"))
                .body(not(containsString("review-keys.js")));
    }

    @Test
    void shouldShowOneTermHiddenThenRevealItAndGradeItWithAForm() {
        ReviewResourceTest.metaphor("token", "a grain of meaning");
        ReviewResourceTest.card("token", "{\"example\":\"ten tokens per line\"}");
        clock.set(Instant.parse("2026-11-21T09:00:00Z"));

        given().get("/review?lang=en").then().statusCode(200)
                .body(containsString("Due now: 1"))
                .body(containsString("<h2 id=\"review-term\" class=\"review-term\">Token</h2>"))
                .body(containsString("name=\"reveal\" value=\"1\""))
                .body(containsString("data-review-reveal autofocus"))
                .body(not(containsString("a grain of meaning")))
                .body(containsString("<script src=\"/js/review-keys.js\" defer></script>"));

        given().get("/review?term=token&reveal=1&lang=en").then().statusCode(200)
                .body(containsString("a grain of meaning"))
                .body(containsString("<dt>Example</dt><dd class=\"prose\"><p>ten tokens per line</p>"))
                .body(containsString("data-grade=\"1\""))
                .body(containsString("data-grade=\"4\""))
                .body(containsString("name=\"grade\" value=\"good\" data-grade=\"3\""))
                .body(containsString("next in 2 d"))
                .body(containsString("next in 8 d"));

        FormSession form = FormSession.open("/review?term=token&reveal=1");
        given().redirects().follow(false).cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token()).formParam("termId", "token").formParam("grade", "good")
                .post("/review").then().statusCode(303).header("Location", containsString("/review"));

        given().get("/review?lang=en").then().statusCode(200)
                .body(containsString("Nothing to review right now."))
                .body(containsString("The next term falls due on 2026-11-23."));
        given().get("/api/terms/token").then().body("review.reps", equalTo(1));
    }

    @Test
    void shouldHaveNoInlineScript() {
        ReviewResourceTest.metaphor("token", "a grain of meaning");
        clock.set(Instant.parse("2026-11-21T09:00:00Z"));

        String page = given().get("/review?term=token&reveal=1").asString();
        org.junit.jupiter.api.Assertions.assertFalse(page.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"),
                "a script without src");
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("onclick") || page.contains("style=\""));
    }

    @Test
    void shouldServeTheKeyboardScript() {
        given().get("/js/review-keys.js").then().statusCode(200)
                .body(containsString("data-review-reveal"))
                .body(containsString("data-grade"));
    }

    @Test
    void shouldRefuseAGradeWithoutTheFormToken() {
        ReviewResourceTest.metaphor("token", "a grain of meaning");
        FormSession form = FormSession.open("/glossary");

        given().cookie("tropa-csrf", form.cookie()).formParam("termId", "token").formParam("grade", "good")
                .post("/review").then().statusCode(403);
        given().get("/api/terms/token").then().body("review.reps", equalTo(0));
    }

    @Test
    void shouldSpeakRussian() {
        ReviewResourceTest.metaphor("token", "зерно смысла");
        clock.set(Instant.parse("2026-11-21T09:00:00Z"));

        given().get("/review?lang=ru").then().statusCode(200)
                .body(containsString("Сейчас к повторению: 1"))
                .body(containsString("Показать мой смысл"));
        given().get("/review?term=token&reveal=1&lang=ru").then().statusCode(200)
                .body(containsString("Хорошо"))
                .body(containsString("снова через 2 дн."));
    }
}
