package app.tropa.http;

import app.tropa.i18n.RequestLang;
import app.tropa.platform.DataVersion;
import app.tropa.platform.LearnerTime;
import app.tropa.platform.TropaConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Serves the pages learners open most from {@link PageCache} while nothing they show has changed,
 * with an entity tag so a reload or the back button is answered with 304. Which pages, and what
 * each reads:
 * <ul>
 * <li>{@code /journal} (the list and every search): entries, letters, talks, the trash count — all
 * the learner's data — and today's question and "on this day", which follow the learner's day;</li>
 * <li>{@code /path/{id}} (a step): the curriculum, fixed while the app runs, and the step's
 * progress, history, note and metaphors — the learner's data — with dates in the learner's zone.</li>
 * <li>{@code /} (the dashboard) and {@code /api/tutor}: all the learner's data; the streak, the
 * activity, today's question, on this day and letters, which follow the learner's day; cards and
 * revisits due, the nudges and the pace, which follow the clock and say when they next change
 * ({@link KeptUntil}); and the dashboard the backups' health ({@link KeptPageFacts}).</li>
 * </ul>
 * Any write moves the data version, so a page rendered before it is never served after it.
 */
@ApplicationScoped
public class PageCacheFilter {

    private static final String KEY = PageCacheFilter.class.getName() + ".key";

    /** Random per run, so no text a learner writes can stand in for it. */
    private final String marker = "tropa-form-token-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));

    private volatile PageCache cache;

    @Inject
    TropaConfig config;

    @Inject
    DataVersion data;

    @Inject
    LearnerTime time;

    @Inject
    RequestLang lang;

    @Inject
    Pages pages;

    @Inject
    PageSecurity security;

    @Inject
    KeptUntil keptUntil;

    @Inject
    Instance<KeptPageFacts> facts;

    @Inject
    ObjectMapper json;

    /** Made on first use: the filter itself is made before the configuration can be read. */
    private PageCache cache() {
        PageCache c = cache;
        if (c == null) {
            synchronized (this) {
                if (cache == null) {
                    cache = new PageCache(config.pageCache().maxBytes().asLongValue());
                }
                c = cache;
            }
        }
        return c;
    }

    static boolean keepable(String method, String path) {
        if (!"GET".equals(method)) {
            return false;
        }
        return path.equals("/") || path.equals("/journal") || path.equals("/api/tutor")
                || path.startsWith("/path/") && path.length() > 6 && path.indexOf('/', 6) < 0;
    }

    @ServerRequestFilter(priority = Priorities.USER + 50)
    public Optional<Response> serveKept(ContainerRequestContext request) {
        if (!keepable(request.getMethod(), request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        PageCache.Key key = key(request);
        Optional<PageCache.Kept> kept = cache().get(key, time.now());
        if (kept.isPresent()) {
            return Optional.of(answer(request, kept.get()));
        }
        request.setProperty(KEY, key);
        pages.renderForKeeping(marker);
        return Optional.empty();
    }

    @ServerResponseFilter(priority = Priorities.USER + 50)
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(KEY) instanceof PageCache.Key key) || response.getStatus() != 200) {
            return;
        }
        String body = body(response.getEntity());
        if (body == null) {
            return;
        }
        Instant until = keptUntil.until();
        PageCache.Kept kept = PageCache.Kept.of(body, marker, until);
        // A page rendered while the data changed may show some of both: served once, never kept.
        if (data.current() == key.dataVersion() && !data.writingHere()
                && (until == null || time.now().isBefore(until))) {
            cache().put(key, kept);
        }
        Served served = serve(request, kept);
        response.getHeaders().putSingle(HttpHeaders.ETAG, served.etag());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (served.body() == null) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(served.body(), null, type(request.getUriInfo().getPath()));
        }
    }

    /** What one browser is sent: the tag for its copy, and the bytes unless it has them already (null). */
    private record Served(String etag, byte[] body) {
    }

    private Served serve(ContainerRequestContext request, PageCache.Kept kept) {
        String token = security.formToken();
        String etag = kept.etag(token);
        boolean has = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag);
        return new Served(etag, has ? null : kept.with(token));
    }

    /** The answer as text: Quarkus renders a page before the response filters run; JSON is written here. */
    private String body(Object entity) {
        if (entity instanceof TemplateInstance page) {
            return page.render();
        }
        if (entity instanceof String rendered) {
            return rendered;
        }
        if (entity == null) {
            return null;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer could not be written as JSON", e);
        }
    }

    private static MediaType type(String path) {
        return ErrorMappers.isApi(path) ? MediaType.APPLICATION_JSON_TYPE
                : MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    }

    private PageCache.Key key(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String route = request.getUriInfo().getPath() + (query == null ? "" : "?" + query);
        return new PageCache.Key(route, lang.get().code(), pages.theme().code(), security.signInRequired(),
                String.valueOf(request.getHeaderString(HttpHeaders.HOST)), data.current(), time.today(),
                time.zone().getId(), facts.stream().map(KeptPageFacts::current).toList());
    }

    private Response answer(ContainerRequestContext request, PageCache.Kept kept) {
        Served served = serve(request, kept);
        Response.ResponseBuilder answer = served.body() == null ? Response.notModified()
                : Response.ok(served.body(), type(request.getUriInfo().getPath()));
        return answer.header(HttpHeaders.ETAG, served.etag()).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag) || t.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
