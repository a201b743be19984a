package app.tropa.http;

import app.tropa.i18n.Lang;
import app.tropa.i18n.Msg;
import app.tropa.platform.DatabaseConnections;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every failure into an answer a learner can read: {@link ApiError} JSON under
 * {@code /api}, the error page elsewhere. Nothing here echoes exception classes or traces.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Page page, int status, String message, String action,
                List<TypedText.Field> typed, boolean resend);
    }

    @Inject
    Pages pages;

    @Inject
    DatabaseConnections connections;

    @Inject
    TypedText typed;

    @ServerExceptionMapper
    public Response problem(Problem e, UriInfo uri) {
        String message = isApi(uri.getPath()) ? e.getMessage()
                : ErrorWords.forProblem(pages.msg(), pages.lang(), e);
        return respond(uri, e.status(), e.error(), message, e.details());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        // A parameter that could not be read arrives as "not found", its converter's Problem inside.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem p) {
                return problem(p, uri);
            }
        }
        return respond(uri, 404, "not-found", words(uri).error_nothing_at(uri.getPath()), Map.of());
    }

    /**
     * A parameter outside its constraint answers like every other refusal: {@code invalid-<name>}
     * naming the parameter. Declared for Quarkus' own subtype too, so it wins over its mapper.
     */
    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri) {
        return validation(e, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        Map<String, String> fields = e.getConstraintViolations().stream().collect(Collectors.toMap(
                ErrorMappers::field, ConstraintViolation::getMessage, (a, b) -> a + "; " + b, LinkedHashMap::new));
        String first = fields.keySet().iterator().next();
        String message = fields.entrySet().stream().map(f -> f.getKey() + " " + f.getValue())
                .collect(Collectors.joining("; ")) + ".";
        return problem(Problem.badRequest("invalid-" + first, message, Map.of("field", first)), uri);
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return respond(uri, 400, "malformed-json",
                "The request body is not valid JSON (line " + line + ").", Map.of());
    }

    /** Declared for the subtype too, so it wins over the framework's own mapper for it. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return wrongJson(e, uri);
    }

    @ServerExceptionMapper
    public Response wrongJson(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = field.isEmpty()
                ? "The request body does not have the expected shape."
                : "Field '" + field + "' has a value of the wrong type or an unknown value.";
        return respond(uri, 400, "invalid-field", message, field.isEmpty() ? Map.of() : Map.of("field", field));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, uri);
            }
            if (cause instanceof JsonMappingException mapping) {
                return wrongJson(mapping, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request to " + uri.getPath() + " failed", e);
        }
        return respond(uri, status, code(status), ErrorWords.byStatus(words(uri), status), Map.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (StorageFailure.isStorageFailure(e, connections.diskRefused())) {
            LOG.error("Could not reach the database file on " + uri.getPath() + ": " + e.getMessage());
            connections.dropAfterStorageFailure();
            return problem(StorageFailure.problem(), uri);
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(uri, 500, "internal-error", words(uri).error_internal(), Map.of());
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "error";
        };
    }

    /** The words an answer is given in: English for the API, the page's language elsewhere. */
    private Msg words(UriInfo uri) {
        return isApi(uri.getPath()) ? Pages.msg(Lang.EN) : pages.msg();
    }

    private Response respond(UriInfo uri, int status, String error, String message, Map<String, Object> details) {
        if (isApi(uri.getPath())) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(error, message, details)).build();
        }
        Msg msg = pages.msg();
        String heading = status == 404 ? msg.error_not_found() : msg.error_title();
        Page page = pages.page(heading, "");
        String html = Templates.error(page, status, message, uri.getPath(), typed.fields(), typed.resendable())
                .setLocale(page.lang().locale()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
