package app.tropa.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ThemeTest {

    @Test
    void aChosenThemeIsRememberedAndMarksEveryPage() {
        given().get("/?theme=dark&lang=en").then().statusCode(200)
                .cookie(Theme.COOKIE, "dark")
                .body(containsString("<html lang=\"en\" data-theme=\"dark\">"))
                .body(containsString("<a href=\"?theme=dark\" aria-current=\"true\">dark</a>"));
        given().cookie(Theme.COOKIE, "light").get("/path?lang=ru").then().statusCode(200)
                .body(containsString("<html lang=\"ru\" data-theme=\"light\">"))
                .body(containsString("Оформление"));
    }

    @Test
    void theSystemDecidesUntilTheLearnerChooses() {
        given().get("/path?lang=en").then().body(containsString("<html lang=\"en\">"))
                .body(containsString("<a href=\"?theme=system\" aria-current=\"true\">as the system</a>"));
        given().cookie(Theme.COOKIE, "dark").get("/path?theme=system&lang=en").then()
                .cookie(Theme.COOKIE, "system").body(containsString("<html lang=\"en\">"));
    }

    @Test
    void anUnknownThemeChangesNothing() {
        var response = given().get("/path?theme=pink&lang=en").then().statusCode(200)
                .body(not(containsString("data-theme"))).extract();
        org.junit.jupiter.api.Assertions.assertFalse(response.detailedCookies().hasCookieWithName(Theme.COOKIE));
    }
}
