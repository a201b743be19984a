package app.tropa.report;

import app.tropa.i18n.Lang;
import jakarta.ws.rs.QueryParam;

import java.util.List;

/** The report's choices as the query carries them, the same for the page, the file and the JSON. */
public class ChoiceParams {

    @QueryParam("reportLang")
    String reportLang;

    @QueryParam("variant")
    String variant;

    @QueryParam("include")
    List<String> include;

    @QueryParam("reflection")
    List<String> reflection;

    ReportChoices choices(Lang fallback) {
        return ReportChoices.parse(reportLang, fallback, variant, include, reflection);
    }
}
