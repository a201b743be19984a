package app.tropa.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestGuardTest {

    private final RequestGuard guard = new RequestGuard(Set.of("tropa.home.arpa"), 1000);

    @Test
    void shouldAllowLoopbackNamesAndConfiguredHosts() {
        for (String host : new String[] {"localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST", "tropa.home.arpa"}) {
            assertEquals(Optional.empty(), guard.check(get(host)), host);
        }
    }

    @Test
    void shouldRefuseForeignHostAsDnsRebinding() {
        assertEquals(403, guard.check(get("attacker.example:8080")).orElseThrow().status());
        assertEquals("forbidden-host", guard.check(get(null)).orElseThrow().error());
    }

    @Test
    void shouldRefuseCrossOriginWrites() {
        assertRefused(post("http://attacker.example", null, "application/json"), 403);
        assertRefused(post("http://localhost:9999", null, "application/json"), 403);
        assertRefused(post("null", null, "application/json"), 403);
        assertRefused(post(null, "cross-site", "application/json"), 403);
        assertRefused(post(null, "same-site", "application/json"), 403);
    }

    @Test
    void shouldAllowSameOriginAndNonBrowserWrites() {
        assertEquals(Optional.empty(), guard.check(post("http://localhost:8080", "same-origin", "application/json")));
        assertEquals(Optional.empty(), guard.check(post(null, null, "application/json; charset=UTF-8")));
    }

    @Test
    void shouldTrustSecFetchSiteOverANullOrigin() {
        // A same-origin form post under Referrer-Policy: no-referrer carries "Origin: null".
        assertEquals(Optional.empty(), guard.check(post("null", "same-origin", "application/json")));
        assertRefused(post("http://localhost:8080", "cross-site", "application/json"), 403);
    }

    @Test
    void shouldRequireJsonBodiesOnTheApi() {
        assertRefused(post(null, null, "text/plain"), 415);
        assertRefused(post(null, null, null), 415);
        assertRefused(post(null, null, "application/x-www-form-urlencoded"), 415);
    }

    @Test
    void shouldAcceptFormsOnPagesAndUploadsOnImport() {
        assertEquals(Optional.empty(), guard.check(new RequestGuard.Request("POST", "/path/x/status", "localhost:8080",
                "http://localhost:8080", "same-origin", "application/x-www-form-urlencoded", true)));
        assertEquals(Optional.empty(), guard.check(new RequestGuard.Request("POST", "/api/import", "localhost:8080",
                null, null, "multipart/form-data; boundary=x", true)));
    }

    @Test
    void shouldRefuseOversizeBodiesSayingTheLimit() {
        var refusal = guard.check(new RequestGuard.Request("PUT", "/api/progress/x", "localhost", null, null,
                "application/json", true, 1001)).orElseThrow();

        assertEquals(413, refusal.status());
        assertTrue(refusal.message().contains("at most 1000"), refusal.message());
    }

    @Test
    void shouldLetBackupsForImportBeLargerThanOtherBodies() {
        RequestGuard withImports = new RequestGuard(Set.of(), 1000, 50_000);
        var importing = new RequestGuard.Request("POST", "/api/import", "localhost", null, null, "application/json",
                true, 40_000);
        var upload = new RequestGuard.Request("POST", "/export/import", "localhost", null, "same-origin",
                "multipart/form-data; boundary=x", true, 40_000);
        var other = new RequestGuard.Request("PUT", "/api/progress/x", "localhost", null, null, "application/json",
                true, 40_000);
        var tooLarge = new RequestGuard.Request("POST", "/api/import", "localhost", null, null, "application/json",
                true, 50_001);

        assertEquals(Optional.empty(), withImports.check(importing));
        assertEquals(Optional.empty(), withImports.check(upload));
        assertEquals(413, withImports.check(other).orElseThrow().status());
        var refusal = withImports.check(tooLarge).orElseThrow();
        assertEquals(413, refusal.status());
        assertTrue(refusal.message().contains("at most 50000") && refusal.message().contains("tropa.limits.import"),
                refusal.message());
    }

    @Test
    void shouldStripPortsFromHostNames() {
        assertEquals("localhost", RequestGuard.hostName("LocalHost:8080"));
        assertEquals("[::1]", RequestGuard.hostName("[::1]:8080"));
        assertEquals("127.0.0.1", RequestGuard.hostName("127.0.0.1"));
    }

    private void assertRefused(RequestGuard.Request request, int status) {
        var refusal = guard.check(request);
        assertTrue(refusal.isPresent(), request.toString());
        assertEquals(status, refusal.get().status(), request.toString());
    }

    private static RequestGuard.Request get(String host) {
        return new RequestGuard.Request("GET", "/", host, null, null, null, false);
    }

    private static RequestGuard.Request post(String origin, String fetchSite, String contentType) {
        return new RequestGuard.Request("POST", "/api/reflections", "localhost:8080", origin, fetchSite, contentType, true);
    }
}
