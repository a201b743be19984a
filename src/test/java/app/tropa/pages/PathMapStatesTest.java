package app.tropa.pages;

import app.tropa.LearnerData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The map shows where the learner stands on every step, in words as well as marks. */
@QuarkusTest
class PathMapStatesTest {

    @BeforeEach
    void oneStepDoneOneStarted() {
        LearnerData.wipe();
        given().contentType(ContentType.JSON).body("{\"status\":\"done\"}").put("/api/progress/why-your-own-ai")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"status\":\"in_progress\"}").put("/api/progress/first-conversations")
                .then().statusCode(200);
    }

    @Test
    void eachStepCarriesItsStateInTheLinksNameAndAMark() {
        given().get("/path?lang=en").then().statusCode(200)
                .body(containsString("<li class=\"state-done\"><span class=\"state-mark\" aria-hidden=\"true\">✓</span> "
                        + "<a href=\"/path/why-your-own-ai\">"))
                .body(containsString("<span class=\"visually-hidden\"> — done</span>"))
                .body(containsString("<span class=\"visually-hidden\"> — in progress</span>"))
                .body(containsString("<span class=\"visually-hidden\"> — open now</span>"))
                .body(containsString("<span class=\"visually-hidden\"> — waiting for an earlier step</span>"))
                .body(containsString("What the marks mean"))
                .body(containsString("1 of 3 done"));
    }

    @Test
    void theMapSpeaksRussianToo() {
        given().get("/path?lang=ru").then().statusCode(200)
                .body(containsString("<span class=\"visually-hidden\"> — пройден</span>"))
                .body(containsString("<span class=\"visually-hidden\"> — ждёт более раннего шага</span>"))
                .body(containsString("пройдено 1 из 3"))
                .body(containsString("Показать только то, что можно взять сейчас"));
    }

    @Test
    void theFilterKeepsOnlyWhatCanBeTakenNow() {
        given().get("/path?now=1&lang=en").then().statusCode(200)
                .body(containsString("Showing only what you can take now"))
                .body(containsString("href=\"/path/first-conversations\""))
                .body(containsString("href=\"/path/personal-dictionary-of-meanings\""))
                .body(not(containsString("href=\"/path/why-your-own-ai\"")))
                .body(not(containsString("href=\"/path/instructions-as-intent\"")));
    }

    @Test
    void theApiGivesTheSameStatesWhenAsked() {
        given().get("/api/curriculum?withProgress=true").then().statusCode(200)
                .body("nodes.find { it.id == 'why-your-own-ai' }.state", equalTo("done"))
                .body("nodes.find { it.id == 'first-conversations' }.state", equalTo("in_progress"))
                .body("nodes.find { it.id == 'personal-dictionary-of-meanings' }.state", equalTo("available"))
                .body("nodes.find { it.id == 'instructions-as-intent' }.state", equalTo("waiting"));
        given().get("/api/curriculum").then().statusCode(200)
                .body("nodes.find { it.id == 'why-your-own-ai' }.state", nullValue());
        given().get("/api/curriculum?withProgress=maybe").then().statusCode(400);
    }
}
