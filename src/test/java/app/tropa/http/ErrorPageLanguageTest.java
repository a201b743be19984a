package app.tropa.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ErrorPageLanguageTest {

    @Test
    void aMissingPageSpeaksRussianOnARussianPage() {
        given().get("/no-such-page?lang=ru").then().statusCode(404)
                .body(allOf(containsString("По адресу /no-such-page ничего нет."), containsString("Не найдено"),
                        not(containsString("There is nothing"))));
        given().get("/no-such-page?lang=en").then().statusCode(404)
                .body(containsString("There is nothing at /no-such-page."));
    }

    @Test
    void aRefusedFormSpeaksTheLearnersLanguage() {
        given().formParam("body", "x").post("/journal?lang=ru").then().statusCode(403)
                .body(allOf(containsString("Эта форма устарела или пришла не из Tropa"),
                        not(containsString("did not come from Tropa"))));
    }

    @Test
    void aFeaturesOwnRefusalKeepsItsEnglishSentenceAndSaysItsStatusInRussian() {
        given().get("/journal/987654?lang=en").then().statusCode(404)
                .body(containsString("There is no journal entry 987654."));
        given().get("/journal/987654?lang=ru").then().statusCode(404)
                .body(allOf(containsString("По этому адресу ничего нет."), not(containsString("There is no"))));
    }

    @Test
    void anOutOfRangeParameterOnARussianPageSaysSoInRussian() {
        given().get("/journal?page=0&lang=ru").then().statusCode(400)
                .body(allOf(containsString("Запрос не удалось понять."), not(containsString("must be"))));
        given().get("/journal?page=0&lang=en").then().statusCode(400)
                .body(containsString("page must be greater than or equal to 1."));
    }

    @Test
    void theApiKeepsItsEnglishJsonWhateverTheLanguage() {
        given().get("/api/nodes/no-such-node?lang=ru").then().statusCode(404)
                .body("error", equalTo("unknown-node"));
    }
}
