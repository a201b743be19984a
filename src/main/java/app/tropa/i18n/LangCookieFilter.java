package app.tropa.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers the language chosen with {@code ?lang=} in a cookie, so the next pages keep it. */
public class LangCookieFilter {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    // Runs before the form token's cookie filter, so the cookies keep their order.
    @ServerResponseFilter(priority = jakarta.ws.rs.Priorities.USER + 1)
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        String requested = request.getUriInfo().getQueryParameters().getFirst("lang");
        Lang.parse(requested).ifPresent(lang -> response.getHeaders().add(HttpHeaders.SET_COOKIE,
                RequestLang.COOKIE + "=" + lang.code() + "; Path=/; Max-Age=" + ONE_YEAR + "; SameSite=Lax"));
    }
}
