package app.tropa.report;

import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.journal.JournalJson;
import app.tropa.journal.JournalService;
import app.tropa.journal.SearchQuery;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report page at {@code /report}: the learner's name for reports (the one thing written
 * here, by a form with the form token) and a GET form of choices that opens or downloads the
 * file at {@code /report.html}. Nothing private is ticked until the learner ticks it.
 */
@Path("/report")
@Produces(MediaType.TEXT_HTML)
public class ReportPageResource {

    /** How many of the newest reflections are offered before the learner looks for others. */
    static final int NEWEST = 20;

    @Inject
    Pages pages;

    @Inject
    ReportName name;

    @Inject
    JournalService journal;

    @GET
    public TemplateInstance page(@BeanParam ChoiceParams params, @QueryParam("find") String find,
            @QueryParam("named") String named) {
        return page(params.choices(pages.lang()), find, name.get().orElse(""), null, named != null);
    }

    @POST
    @Path("/name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveName(@RestForm("name") String typed) {
        try {
            name.set(typed);
            return Response.seeOther(URI.create("/report?named=1#name-heading")).build();
        } catch (Problem e) {
            if (e.status() != 400) {
                throw e;
            }
            ReportMsg m = ReportWords.msg(pages.lang());
            String error = e.error().equals("name-too-long")
                    ? m.name_too_long((Integer) e.details().get("length"), ReportName.MAX) : m.name_invalid();
            return Response.status(400).entity(page(ReportChoices.defaults(pages.lang()), null,
                    typed == null ? "" : typed, error, false)).build();
        }
    }

    private TemplateInstance page(ReportChoices choices, String find, String typedName, String nameError,
            boolean saved) {
        Lang lang = pages.lang();
        ReportMsg m = ReportWords.msg(lang);
        JournalJson.Entries found = journal.search(SearchQuery.of(blank(find) ? null : find, null, null, null, null,
                null, null, 1, blank(find) ? NEWEST : SearchQuery.MAX_SIZE));
        List<ReportPage.LangOption> langs = Arrays.stream(Lang.values())
                .map(l -> new ReportPage.LangOption(l.code(), l.label(), l == choices.lang())).toList();
        ReportPage view = new ReportPage(choices, langs, offered(choices, found.items()), (int) found.total(),
                blank(find) ? "" : find.strip(), typedName, nameError, saved, choices.query());
        Page page = pages.page(m.page_title(), "export");
        return ReportTemplates.page(page, view).setLocale(lang.locale());
    }

    /** The reflections found, then any ticked one not among them (a ticked one in the trash is dropped). */
    private List<ReportPage.ReflectionOption> offered(ReportChoices choices, List<JournalJson.Entry> found) {
        Map<Long, ReportPage.ReflectionOption> offered = new LinkedHashMap<>();
        for (JournalJson.Entry e : found) {
            offered.put(e.id(), option(e, choices));
        }
        for (long id : choices.reflections()) {
            if (!offered.containsKey(id)) {
                try {
                    JournalJson.Entry e = journal.get(id);
                    if (e.deletedAt() == null) {
                        offered.put(id, option(e, choices));
                    }
                } catch (Problem gone) {
                    // A ticked reflection deleted since: nothing to offer.
                }
            }
        }
        return new ArrayList<>(offered.values());
    }

    private static ReportPage.ReflectionOption option(JournalJson.Entry e, ReportChoices choices) {
        return new ReportPage.ReflectionOption(e.id(), e.date() + " — " + excerpt(e.body()), choices.chose(e.id()));
    }

    /** The first line of the body, cut to a readable length. */
    static String excerpt(String body) {
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
        return line.codePointCount(0, line.length()) <= 80 ? line
                : line.substring(0, line.offsetByCodePoints(0, 79)) + "…";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
