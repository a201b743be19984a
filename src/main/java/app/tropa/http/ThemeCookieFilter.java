package app.tropa.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers the theme chosen with {@code ?theme=} in a cookie, as the language switch does. */
public class ThemeCookieFilter {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @ServerResponseFilter(priority = jakarta.ws.rs.Priorities.USER + 2)
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Theme.parse(request.getUriInfo().getQueryParameters().getFirst("theme"))
                .ifPresent(theme -> response.getHeaders().add(HttpHeaders.SET_COOKIE,
                        Theme.COOKIE + "=" + theme.code() + "; Path=/; Max-Age=" + ONE_YEAR + "; SameSite=Lax"));
    }
}
