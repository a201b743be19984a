package app.tropa.pages;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The welcome on an empty data folder and "find my place" as pages, without JavaScript. */
@QuarkusTest
class WelcomePageTest {

    FormSession form;

    @BeforeEach
    void newcomer() {
        LearnerData.firstVisit();
        form = FormSession.open("/place");
    }

    private RequestSpecification send() {
        return given().redirects().follow(false).cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token());
    }

    @Test
    void shouldWelcomeANewcomerAtTheRootWithThreeWaysToBegin() {
        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("<h1>Welcome to Tropa</h1>"))
                .body(containsString("Everything you write stays on this machine"))
                .body(containsString("action=\"/welcome/start\""))
                .body(containsString("href=\"/place?welcome=1\""))
                .body(containsString("href=\"/export#import\""))
                .body(not(containsString("Today&#39;s question")))
                .body(not(containsString("Your path today")));
    }

    @Test
    void shouldWelcomeInRussianAndOfferTheOtherLanguage() {
        given().get("/?lang=ru").then().statusCode(200)
                .body(containsString("<html lang=\"ru\""))
                .body(containsString("<h1>Добро пожаловать в Тропу</h1>"))
                .body(containsString("остаётся на этом компьютере"))
                .body(containsString("Найти своё место"))
                .body(containsString("href=\"?lang=en\""));
    }

    @Test
    void shouldNotWelcomeAgainOnceTheLearnerStartsFromTheBeginning() {
        send().post("/welcome/start").then().statusCode(303)
                .header("Location", endsWith("/settings?welcome=1"));

        given().get("/?lang=en").then().statusCode(200).body(containsString("Your path today"))
                .body(not(containsString("Welcome to Tropa")));
    }

    @Test
    void shouldNotWelcomeOnceThereIsAnyLearnerData() {
        given().contentType(ContentType.JSON).body("{\"body\":\"Первая запись.\"}").post("/api/reflections")
                .then().statusCode(201);

        given().get("/?lang=en").then().statusCode(200).body(containsString("Your path today"));
    }

    @Test
    void shouldListEveryCellsCheckpointsAsCheckboxesInPathOrder() {
        String page = given().get("/place?lang=en&welcome=1").then().statusCode(200)
                .body(containsString("<legend>Phase Ideal thinking · rung Use</legend>"))
                .body(containsString("name=\"all\" value=\"ideal-thinking/use\""))
                .body(containsString("id=\"t-why-your-own-ai-0\" name=\"tick\" value=\"why-your-own-ai:0\""))
                .body(containsString("<label for=\"t-why-your-own-ai-0\">I can"))
                .body(containsString("I can do all of these"))
                .body(containsString("name=\"welcome\" value=\"1\""))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.indexOf("ideal-thinking/use") < page.indexOf(
                "ideal-thinking/tune") && page.indexOf("ideal-thinking/build") < page.indexOf(
                "technical-immersion/use"), "cells come in path order");
    }

    @Test
    void shouldPreviewThePlacementWithTheTicksCarriedAndNothingSaved() {
        send().formParam("all", "ideal-thinking/use").formParam("tick", "what-tuning-changes:1")
                .formParam("welcome", "1").post("/place/preview?lang=en").then().statusCode(200)
                .body(containsString("You would stand in Ideal thinking, on the rung “Tune”."))
                .body(containsString("Steps done: 3. In progress: 1."))
                .body(containsString("Nothing is saved yet."))
                .body(containsString("<input type=\"hidden\" name=\"tick\" value=\"why-your-own-ai:2\">"))
                .body(containsString("<input type=\"hidden\" name=\"tick\" value=\"what-tuning-changes:1\">"))
                .body(containsString("Save this placement"));

        given().get("/?lang=en").then().body(containsString("Welcome to Tropa"));
    }

    @Test
    void shouldAskForATickWhenNothingIsTicked() {
        send().formParam("welcome", "1").post("/place/preview?lang=en").then().statusCode(400)
                .body(containsString("Nothing is ticked yet"))
                .body(containsString("name=\"tick\""));
    }

    @Test
    void shouldGoBackToTheFormWithTheTicksKept() {
        send().formParam("tick", "first-conversations:1").post("/place/edit?lang=en").then().statusCode(200)
                .body(containsString("value=\"first-conversations:1\" checked"));
    }

    @Test
    void shouldSaveThePlacementShowWhereTheLearnerStandsAndUndoIt() {
        send().formParam("tick", "why-your-own-ai:0").formParam("tick", "why-your-own-ai:1")
                .formParam("tick", "why-your-own-ai:2").formParam("tick", "first-conversations:0")
                .formParam("welcome", "1").post("/place").then().statusCode(303)
                .header("Location", endsWith("/place/placed?changed=2&welcome=1"));

        given().get("/place/placed?changed=2&welcome=1&lang=en").then().statusCode(200)
                .body(containsString("<h1>You are placed</h1>"))
                .body(containsString("You are in Ideal thinking, on the rung “Use”."))
                .body(containsString("href=\"/path/first-conversations\""))
                .body(containsString("Undo this placement"))
                .body(containsString("href=\"/settings?welcome=1\""));
        given().get("/path/why-your-own-ai?lang=en").then()
                .body(containsString("status: not started → done (placement: “find my place”)"));
        given().get("/?lang=en").then().body(containsString("Your path today"));

        send().formParam("welcome", "1").post("/place/undo?lang=en").then().statusCode(200)
                .body(containsString("The placement is undone. Steps back as they were: 2."));
        given().get("/api/progress").then()
                .body("nodes.find { it.nodeId == 'why-your-own-ai' }.status", equalTo("not_started"));

        send().post("/place/undo?lang=ru").then().statusCode(409)
                .body(containsString("Последняя расстановка уже отменена."));
    }

    @Test
    void shouldShowWhatIsAlreadyOnThePathWhenPlacingAgain() {
        given().contentType(ContentType.JSON).body("{\"status\":\"done\"}").put("/api/progress/why-your-own-ai")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"checkpoints\":[0]}").put("/api/progress/first-conversations")
                .then().statusCode(200);

        given().get("/place?lang=en").then().statusCode(200)
                .body(containsString("(already behind you)"))
                .body(not(containsString("value=\"why-your-own-ai:0\"")))
                .body(containsString("value=\"first-conversations:0\" checked disabled"))
                .body(containsString("value=\"first-conversations:1\">"));
    }

    @Test
    void shouldOfferThePlacementAgainFromThePath() {
        LearnerData.wipe();
        given().get("/path?lang=en").then().body(containsString("<a href=\"/place\">Find my place</a>"));
    }
}
