package app.tropa.pages;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PathResourceTest {

    @Test
    void shouldRenderMapInEnglish() {
        given().header("Accept-Language", "en").when().get("/path")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>The path</h1>"))
                .body(containsString("Technical immersion"))
                .body(containsString("href=\"/path/why-your-own-ai\""));
    }

    @Test
    void shouldRenderMapInRussianAndRememberTheChoice() {
        given().when().get("/path?lang=ru")
                .then().statusCode(200)
                .cookie("tropa-lang", "ru")
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("<h1>Путь</h1>"))
                .body(containsString("Переход в технику"));

        given().cookie("tropa-lang", "ru").header("Accept-Language", "en").when().get("/path")
                .then().statusCode(200)
                .body(containsString("<h1>Путь</h1>"));
    }

    @Test
    void shouldRenderNodePageInBothLanguages() {
        given().when().get("/path/why-your-own-ai?lang=en")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Checkpoints: I can"))
                .body(containsString("Vector question"));

        given().when().get("/path/why-your-own-ai?lang=ru")
                .then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("Контрольные точки"))
                .body(containsString("Векторный вопрос"));
    }

    @Test
    void shouldShowErrorPageForUnknownNode() {
        given().header("Accept-Language", "ru").when().get("/path/no-such-node")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Не найдено</h1>"))
                .body(not(containsString("Exception")));
    }
}
