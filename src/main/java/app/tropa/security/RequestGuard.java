package app.tropa.security;

import app.tropa.http.ErrorMappers;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that keep other web pages out of the learner's data (docs/security.md). Plain Java:
 * given what a request says about itself, it answers what must be refused and why.
 */
public final class RequestGuard {

    static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Set<String> allowedHosts;
    private final long maxBody;
    private final long maxImport;

    public RequestGuard(Set<String> extraHosts, long maxBody) {
        this(extraHosts, maxBody, maxBody);
    }

    /** {@code maxImport} applies to backups sent for import, which may be far larger than any other body. */
    public RequestGuard(Set<String> extraHosts, long maxBody, long maxImport) {
        this.maxBody = maxBody;
        this.maxImport = maxImport;
        this.allowedHosts = new java.util.HashSet<>(LOOPBACK);
        extraHosts.forEach(h -> allowedHosts.add(h.toLowerCase(Locale.ROOT)));
    }

    public record Refusal(int status, String error, String message) {
    }

    /** What a request looks like from the outside. Absent headers are null. */
    public record Request(String method, String path, String host, String origin, String fetchSite,
            String contentType, boolean hasBody, long contentLength) {

        public Request(String method, String path, String host, String origin, String fetchSite, String contentType,
                boolean hasBody) {
            this(method, path, host, origin, fetchSite, contentType, hasBody, 0);
        }
    }

    public Optional<Refusal> check(Request r) {
        if (!isAllowedHost(hostName(r.host()))) {
            return Optional.of(new Refusal(403, "forbidden-host", "Tropa answers only to the names it is "
                    + "reached by on this machine (localhost, 127.0.0.1); this request named another host."));
        }
        if (isImport(r.path()) && r.contentLength() > maxImport) {
            return Optional.of(new Refusal(413, "payload-too-large", "The backup has " + r.contentLength()
                    + " bytes; at most " + maxImport + " are accepted (raise tropa.limits.import to import it)."));
        }
        if (!isImport(r.path()) && r.contentLength() > maxBody) {
            return Optional.of(new Refusal(413, "payload-too-large", "The request body has " + r.contentLength()
                    + " bytes; at most " + maxBody + " are accepted."));
        }
        if (!CHANGING.contains(r.method().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        // Sec-Fetch-Site, when sent, is the browser's own word and no page can forge it. It decides
        // first because with Referrer-Policy: no-referrer browsers send "Origin: null" even for
        // Tropa's own forms. Without it, Origin must name this very app.
        if (r.fetchSite() != null) {
            if (!Set.of("same-origin", "none").contains(r.fetchSite())) {
                return Optional.of(crossSite());
            }
        } else if (r.origin() != null && !sameOrigin(r.origin(), r.host())) {
            return Optional.of(crossSite());
        }
        if (ErrorMappers.isApi(r.path()) && r.hasBody() && !isJson(r.contentType()) && !isUpload(r.path(), r.contentType())) {
            return Optional.of(new Refusal(415, "unsupported-media-type",
                    "Send the request body as application/json."));
        }
        return Optional.empty();
    }

    private static Refusal crossSite() {
        return new Refusal(403, "cross-site-request",
                "Changes can only be made from Tropa's own pages; this request came from another site.");
    }

    boolean isAllowedHost(String name) {
        return name != null && allowedHosts.contains(name);
    }

    /** The host name of a Host header, without its port, lower-cased; null if there is none. */
    static String hostName(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon >= 0 && h.indexOf(':', colon + 1) < 0 ? h.substring(0, colon) : h;
    }

    private boolean sameOrigin(String origin, String host) {
        if ("null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return originHost != null && host != null && originHost.equalsIgnoreCase(host.strip())
                    && isAllowedHost(hostName(host));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    /** Where backups are sent for import: the API and the upload form of the export page. */
    static boolean isImport(String path) {
        return path.equals("/api/import") || path.equals("/export/import");
    }

    /** Import also takes a backup file as an upload. */
    private static boolean isUpload(String path, String contentType) {
        return path.startsWith("/api/import") && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }
}
