package app.tropa.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Sets the cookies a response owes the browser: the language chosen with {@code ?lang=}, so the
 * next pages keep it, and a newly made form token.
 */
public class CookieFilter {

    @Inject
    CsrfToken csrf;

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        String requested = request.getUriInfo().getQueryParameters().getFirst("lang");
        Lang.parse(requested).ifPresent(lang -> response.getHeaders().add(HttpHeaders.SET_COOKIE,
                RequestLang.COOKIE + "=" + lang.code() + "; Path=/; Max-Age=" + ONE_YEAR + "; SameSite=Lax"));
        if (csrf.isFresh()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    CsrfToken.COOKIE + "=" + csrf.value() + "; Path=/; HttpOnly; SameSite=Strict");
        }
    }
}
