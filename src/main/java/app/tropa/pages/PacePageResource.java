package app.tropa.pages;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.http.Flag;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.i18n.RhythmMsg;
import app.tropa.i18n.RhythmWords;
import app.tropa.progress.Pace;
import app.tropa.progress.PaceService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /pace}: where the learner's pace takes them, and a form for the target dates (a date
 * input per goal, {@code target.<phaseId>} and {@code target.path}; an empty one clears it).
 */
@Path("/pace")
@Produces(MediaType.TEXT_HTML)
public class PacePageResource {

    static final String FIELD = "target.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pace(Page page, PaceView view);
    }

    @Inject
    PaceService pace;

    @Inject
    CurriculumSource source;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance show(@QueryParam("saved") Flag saved) {
        return page(null, null, Flag.on(saved));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(FIELD) && !values.isEmpty()) {
                typed.put(name.substring(FIELD.length()), values.get(0));
            }
        });
        try {
            pace.setTargets(typed);
            return Response.seeOther(URI.create("/pace?saved=1")).build();
        } catch (Problem e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(page(typed, e, false)).build();
        }
    }

    private TemplateInstance page(Map<String, String> typed, Problem error, boolean saved) {
        Lang lang = pages.lang();
        RhythmMsg msg = RhythmWords.msg(lang);
        Curriculum curriculum = source.get();
        Pace.Projection p = pace.projection();
        String invalid = error == null ? null : String.valueOf(error.details().get("field")).replace("targets.", "");
        List<PaceView.Goal> goals = goals(p, curriculum, lang, msg, typed, invalid);
        String message = error == null ? null : "invalid-date".equals(error.error())
                ? msg.pace_error_date(PaceWords.goal(invalid, curriculum, lang, msg)) : msg.pace_error_goal();
        String measure = p.hasPace() ? msg.pace_measure(PaceWords.weeks(p, lang), p.measure().stepsDone(),
                PaceWords.hours(p.measure().hoursPerWeek(), lang)) : null;
        PaceView view = new PaceView(PaceWords.sentences(p, curriculum, lang, msg), measure, goals, message, saved);
        return Templates.pace(pages.page(msg.pace_title(), "dashboard"), view).setLocale(lang.locale());
    }

    private static List<PaceView.Goal> goals(Pace.Projection p, Curriculum curriculum, Lang lang, RhythmMsg msg,
            Map<String, String> typed, String invalid) {
        Map<String, Pace.Goal> byKey = new LinkedHashMap<>();
        p.phases().forEach(g -> byKey.put(g.key(), g));
        byKey.put(Pace.PATH, p.path());
        return PaceService.keys(curriculum).stream().map(key -> {
            Pace.Goal g = byKey.get(key);
            String projected = g.reached() ? msg.pace_reached() : g.projected() == null ? msg.pace_unknown()
                    : msg.pace_projected(RhythmWords.inMonth(g.projectedMonth(), lang));
            String verdict = g.target() == null ? msg.pace_no_target() : g.holds() == null ? msg.pace_unknown()
                    : g.holds() ? msg.pace_holds() : msg.pace_misses();
            String value = typed != null ? typed.getOrDefault(key, "")
                    : g.target() == null ? "" : g.target().toString();
            return new PaceView.Goal(key, PaceWords.goal(key, curriculum, lang, msg), projected, value, verdict,
                    key.equals(invalid));
        }).toList();
    }

    /** What the pace page shows. */
    public record PaceView(List<String> sentences, String measure, List<Goal> goals, String error, boolean saved) {

        /** One goal's row: its words, the projection, the target as typed, whether it holds. */
        public record Goal(String key, String label, String projected, String value, String verdict,
                boolean invalid) {
        }
    }

}
