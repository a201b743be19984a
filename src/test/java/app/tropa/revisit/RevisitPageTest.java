package app.tropa.revisit;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The revisit pages as a learner uses them, with plain forms, in both languages. */
@QuarkusTest
class RevisitPageTest {

    private static final String STEP = "why-your-own-ai";

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

    private static void done() {
        given().contentType(ContentType.JSON).body("{\"status\":\"done\"}").put("/api/progress/" + STEP).then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse post(String path, String... fields) {
        FormSession form = FormSession.open("/revisits/" + STEP + "?lang=ru");
        var request = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path).then();
    }

    @Test
    void theListSaysWhereStepsComeFromBeforeAnyIsDone() {
        given().get("/revisits?lang=en").then().statusCode(200)
                .body(containsString("Steps come back here once you mark them done"));
        given().get("/revisits?lang=ru").then().statusCode(200)
                .body(containsString("Шаги появляются здесь, когда вы отмечаете их пройденными"));
    }

    @Test
    void aDueStepShowsItsQuestionCheckpointsAndGradesAndTheDashboardPointsToIt() {
        done();
        clock.set(Instant.parse("2026-11-27T08:00:00Z"));

        given().get("/revisits?lang=ru").then().statusCode(200)
                .body(containsString("Пора вернуться"))
                .body(containsString("href=\"/revisits/" + STEP + "\""))
                .body(containsString("ещё не возвращались"));
        given().get("/revisits/" + STEP + "?lang=ru").then().statusCode(200)
                .body(containsString("Возврат: Зачем идти от пользования ИИ к своему собственному"))
                .body(containsString("name=\"checkpoint\" value=\"2\""))
                .body(containsString("name=\"grade\" value=\"again\""))
                .body(containsString("Заново"))
                .body(org.hamcrest.Matchers.matchesRegex("(?s).*\\(снова через \\d+ (день|дня|дней)\\).*"));
        given().get("/?lang=ru").then()
                .body(containsString("Пройденных шагов, к которым пора вернуться: 1"))
                .body(containsString("href=\"/revisits/" + STEP + "\""));
        given().get("/path/" + STEP + "?lang=en").then().body(containsString("Revisit this step"));
    }

    @Test
    void aRefusedRevisitKeepsTheTypedAnswerAndTicksAndSaysWhyInTheLearnersLanguage() {
        done();

        post("/revisits/" + STEP + "?lang=ru", "answer", "Мой ответ <b>жирный</b>", "checkpoint", "1")
                .statusCode(400)
                .body(containsString("Выберите, как прошло"))
                .body(containsString("Мой ответ &lt;b&gt;жирный&lt;/b&gt;</textarea>"))
                .body(containsString("name=\"checkpoint\" value=\"1\" checked"))
                .body(not(containsString("name=\"checkpoint\" value=\"0\" checked")));
        post("/revisits/" + STEP + "?lang=en", "answer", "  ", "grade", "good").statusCode(400)
                .body(containsString("Write your answer to the question first"))
                .body(containsString("value=\"good\" required checked"));

        given().get("/api/reflections").then().body("total", equalTo(0));
    }

    @Test
    void afterAgainTheLearnerMayTakeTheStepAnewWhichTakesItOffTheSchedule() {
        done();
        clock.set(Instant.parse("2026-11-27T08:00:00Z"));

        post("/revisits/" + STEP, "answer", "Не помню.", "grade", "again").statusCode(303)
                .header("Location", containsString("/revisits/" + STEP + "?saved=1"));
        given().get("/revisits/" + STEP + "?saved=1&lang=en").then().statusCode(200)
                .body(containsString("Revisit saved"))
                .body(containsString("The step comes back on"))
                .body(containsString("Mark the step in progress"))
                .body(containsString("Earlier revisits"));

        post("/revisits/" + STEP + "/in-progress").statusCode(303).header("Location", containsString("/path/" + STEP));

        given().get("/path/" + STEP).then().body(containsString("status status-in_progress"));
        given().get("/api/revisits").then().body("due", hasSize(0)).body("upcoming", hasSize(0));
        given().get("/revisits/" + STEP + "?lang=en").then().statusCode(200)
                .body(containsString("This step is in progress, not done"));
    }

    @Test
    void theStatsPageShowsHowDoneStepsAreHoldingInTheirOwnWords() {
        done();
        clock.set(Instant.parse("2026-11-27T08:00:00Z"));
        post("/revisits/" + STEP, "answer", "Ещё помню.", "grade", "good").statusCode(303);

        given().get("/review/stats?lang=en").then().statusCode(200)
                .body(containsString("Revisited steps"))
                .body(containsString("Revisits per day"))
                .body(containsString("How firmly done steps are held"));
        given().get("/review/stats?lang=ru").then().statusCode(200)
                .body(containsString("Возвраты по дням"))
                .body(containsString("Пройденных шагов в расписании: 1"));
        given().get("/api/review/stats").then().body("revisits", org.hamcrest.Matchers.notNullValue());
    }
}
