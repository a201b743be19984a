package app.tropa.security;

import app.tropa.http.ErrorMappers;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every write route of the app, found from the resources themselves rather than a list kept by
 * hand, so a new form endpoint is covered the day it is written.
 */
@QuarkusTest
class FormRoutesTest {

    record Route(String method, String path, boolean multipart) {
        boolean api() {
            return ErrorMappers.isApi(path);
        }
    }

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
    }

    @Test
    void everyPageFormRefusesAMissingOrForeignToken() {
        List<Route> forms = ROUTES.stream().filter(r -> !r.api()).toList();
        assertFalse(forms.isEmpty(), "no form routes found");
        for (Route route : forms) {
            send(form(route, "note", "x"), route).then().statusCode(403)
                    .contentType(containsString("text/html"))
                    .body(containsString("did not come from Tropa"));
            FormSession other = FormSession.open("/journal");
            send(form(route, CsrfToken.FIELD, "forged").cookie(CsrfToken.COOKIE, other.cookie()), route)
                    .then().statusCode(403);
        }
    }

    @Test
    void everyPageFormGetsPastTheCheckWithThisBrowsersToken() {
        for (Route route : ROUTES.stream().filter(r -> !r.api()).toList()) {
            FormSession session = FormSession.open("/journal");
            int status = send(form(route, CsrfToken.FIELD, session.token()).cookie(CsrfToken.COOKIE, session.cookie()),
                    route).statusCode();
            assertNotEquals(403, status, route + " refused a valid token");
        }
    }

    @Test
    void apiWritesNeedNoFormTokenButRefuseFormBodiesAndOtherSites() {
        List<Route> api = ROUTES.stream().filter(Route::api).filter(r -> !r.path().equals("/api/import")).toList();
        assertFalse(api.isEmpty(), "no API write routes found");
        for (Route route : api) {
            send(given().formParam("note", "x"), route).then().statusCode(415)
                    .body("error", equalTo("unsupported-media-type"));
            send(given().header("Origin", "http://attacker.example").contentType("application/json").body("{}"), route)
                    .then().statusCode(403).body("error", equalTo("cross-site-request"));
            send(given().contentType("application/json").body("{}"), route)
                    .then().body(not(containsString("invalid-form-token")));
        }
    }

    /** A form as the page's own form sends it: an upload form as multipart, any other URL-encoded. */
    private static RequestSpecification form(Route route, String name, String value) {
        return route.multipart() ? given().multiPart(name, value).multiPart("note", "x")
                : given().formParam(name, value).formParam("note", "x");
    }

    private static io.restassured.response.Response send(RequestSpecification request, Route route) {
        return request.redirects().follow(false).request(route.method(), route.path());
    }

    /** Every POST, PUT and DELETE method of a resource class, with path parameters filled with "1". */
    /** Read once: importing the classes is the slow part. */
    private static final List<Route> ROUTES = routes();

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.tropa")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    Consumes consumes = method.getAnnotation(Consumes.class);
                    boolean multipart = consumes != null && List.of(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
                    routes.add(new Route(verb, join(base, sub == null ? "" : sub.value()), multipart));
                }
            }
        }
        return routes;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return path.replaceAll("\\{[^}]+}", "1");
    }
}
