package app.tropa;

import io.restassured.response.Response;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** A browser's form token, read from a page the way a browser gets it: cookie plus hidden field. */
public record FormSession(String cookie, String token) {

    private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static FormSession open(String path) {
        Response page = given().get(path);
        Matcher m = FIELD.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no form token on " + path);
        }
        return new FormSession(page.getCookie("tropa-csrf"), m.group(1));
    }
}
