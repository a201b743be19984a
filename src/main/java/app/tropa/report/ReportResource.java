package app.tropa.report;

import app.tropa.i18n.RequestLang;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/report}: the report's facts as JSON, with the same choices as the file
 * ({@code reportLang}, else the request's language; {@code variant}; {@code include};
 * {@code reflection}). No private text unless chosen.
 */
@Path("/api/report")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService reports;

    @Inject
    RequestLang lang;

    @GET
    public Report report(@BeanParam ChoiceParams params) {
        return reports.report(params.choices(lang.get()));
    }
}
