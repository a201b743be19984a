package app.tropa.security;

import app.tropa.http.ErrorMappers;
import app.tropa.http.Problem;
import app.tropa.http.TypedText;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Set;

/**
 * The one place that checks form tokens: every write to a page (any method but GET, HEAD and
 * OPTIONS outside {@code /api}) must carry this browser's token in its form, so no endpoint can
 * forget the check. The JSON API keeps its own rules (JSON bodies only, same-site requests),
 * enforced by {@link RequestGuard}. Also sets the token's cookie when a response made a new one.
 */
public class FormTokenFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfToken csrf;

    @Inject
    TypedText typed;

    @WithFormRead
    @ServerRequestFilter
    public void check(ResteasyReactiveContainerRequestContext request) {
        if (needsToken(request.getMethod(), request.getUriInfo().getPath())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            keepFields(context.getFormData());
            Object submitted = context.getFormParameter(CsrfToken.FIELD, true, false);
            try {
                csrf.verify(submitted instanceof String s ? s : null);
            } catch (Problem refused) {
                typed.notToResend();
                throw refused;
            }
        }
    }

    /** Every field the learner sent but the token, for an error page to show the text back. */
    private void keepFields(FormData form) {
        if (form == null) {
            return;
        }
        for (String name : form) {
            if (!name.equals(CsrfToken.FIELD)) {
                form.get(name).stream().filter(v -> !v.isFileItem()).forEach(v -> typed.sent(name, v.getValue()));
            }
        }
    }

    /** Writes to pages need a token; reads and the JSON API do not. */
    static boolean needsToken(String method, String path) {
        return !SAFE.contains(method) && !ErrorMappers.isApi(path);
    }

    @ServerResponseFilter
    public void setCookie(ContainerRequestContext request, ContainerResponseContext response) {
        if (csrf.isFresh()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    CsrfToken.COOKIE + "=" + csrf.value() + "; Path=/; HttpOnly; SameSite=Strict");
        }
    }
}
