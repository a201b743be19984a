package app.tropa.report;

import app.tropa.http.Flag;
import app.tropa.i18n.RequestLang;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script, nothing loaded from
 * anywhere, in the language chosen for it. A download by default; {@code open=true} shows it in
 * the browser instead.
 */
@Path("/report.html")
public class ReportFileResource {

    @Inject
    ReportService reports;

    @Inject
    RequestLang lang;

    @GET
    public Response file(@BeanParam ChoiceParams params, @QueryParam("open") Flag open) {
        ReportChoices choices = params.choices(lang.get());
        Report report = reports.report(choices);
        String html = ReportTemplates.file(ReportFile.of(report, choices), report)
                .setLocale(choices.lang().locale()).render();
        String disposition = Flag.on(open) ? "inline" : "attachment";
        return Response.ok(html, "text/html; charset=utf-8")
                .header("Content-Security-Policy", ReportStyle.POLICY)
                .header("Content-Disposition", disposition + "; filename=\"" + ReportFile.fileName(report) + "\"")
                .build();
    }
}
