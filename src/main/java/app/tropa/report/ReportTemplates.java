package app.tropa.report;

import app.tropa.http.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The report's two templates: the page in the app's layout, and the self-contained file. */
@CheckedTemplate(basePath = "report")
final class ReportTemplates {

    private ReportTemplates() {
    }

    static native TemplateInstance page(Page page, ReportPage view);

    static native TemplateInstance file(ReportFile file, Report report);
}
