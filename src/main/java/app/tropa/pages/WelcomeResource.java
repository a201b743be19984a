package app.tropa.pages;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.http.Flag;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.progress.Placement;
import app.tropa.progress.PlacementService;
import app.tropa.progress.Position;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Map;

/**
 * The welcome on an empty data folder, and "find my place": tick what you can do, see where it puts
 * you, then save. Plain forms throughout (the ticks ride along as hidden fields), so nothing needs
 * JavaScript.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WelcomeResource {

    @CheckedTemplate
    static class Templates {
        /** Shown at {@code /} by the dashboard while the data folder holds nothing of the learner's. */
        static native TemplateInstance welcome(Page page);

        static native TemplateInstance place(Page page, PlacementView.Form form);

        static native TemplateInstance preview(Page page, PlacementView.Preview preview);

        static native TemplateInstance placed(Page page, PlacementView.Placed placed);
    }

    @Inject
    Pages pages;

    @Inject
    CurriculumSource source;

    @Inject
    PlacementService placement;

    @Inject
    ProgressService progress;

    @Inject
    FirstVisit firstVisit;

    static WelcomeMsg words(Lang lang) {
        return MessageBundles.get(WelcomeMsg.class, Localized.Literal.of(lang.code()));
    }

    @POST
    @Path("welcome/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start() {
        firstVisit.pass();
        return Response.seeOther(URI.create("/settings?welcome=1")).build();
    }

    @GET
    @Path("place")
    public TemplateInstance form(@QueryParam("welcome") String welcome) {
        return formPage(Map.of(), Flag.parse("welcome", welcome).on(), null, null);
    }

    /** Back from the preview to the form, with the ticks as they were. */
    @POST
    @Path("place/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance edit(@RestForm List<String> tick, @RestForm List<String> all, @RestForm String welcome) {
        return formPage(PlacementForm.ticks(source.get(), tick, all), Flag.parse("welcome", welcome).on(), null,
                null);
    }

    @POST
    @Path("place/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@RestForm List<String> tick, @RestForm List<String> all, @RestForm String welcome) {
        boolean inWelcome = Flag.parse("welcome", welcome).on();
        Curriculum curriculum = source.get();
        Map<String, List<Integer>> ticks = PlacementForm.ticks(curriculum, tick, all);
        if (ticks.isEmpty()) {
            String error = words(pages.lang()).place_nothing_ticked();
            return Response.status(400).entity(formPage(ticks, inWelcome, error, null)).build();
        }
        Lang lang = pages.lang();
        WelcomeMsg words = words(lang);
        Map<String, Placement.Current> current = placement.current();
        List<Placement.Change> changes = placement.preview(ticks);
        Map<String, ProgressStatus> after = Placement.statusesAfter(progress.statuses(), changes);
        PlacementView.Preview view = new PlacementView.Preview(
                PlacementView.wouldStand(curriculum, Position.of(curriculum, after), lang, words),
                count(curriculum, after, ProgressStatus.DONE), count(curriculum, after, ProgressStatus.IN_PROGRESS),
                PlacementView.changes(changes, current, lang, words), PlacementView.next(curriculum, after, lang,
                        pages.msg()), PlacementForm.values(ticks), inWelcome);
        Page page = pages.page(words.preview_title(), "path");
        return Response.ok(Templates.preview(page, view).setLocale(lang.locale())).build();
    }

    @POST
    @Path("place")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response place(@RestForm List<String> tick, @RestForm String welcome) {
        boolean inWelcome = Flag.parse("welcome", welcome).on();
        Map<String, List<Integer>> ticks = PlacementForm.ticks(source.get(), tick, List.of());
        int changed = placement.place(ticks).size();
        return Response.seeOther(URI.create("/place/placed?changed=" + changed + (inWelcome ? "&welcome=1" : "")))
                .build();
    }

    @GET
    @Path("place/placed")
    public TemplateInstance placed(@QueryParam("changed") Integer changed, @QueryParam("welcome") String welcome) {
        Curriculum curriculum = source.get();
        Lang lang = pages.lang();
        WelcomeMsg words = words(lang);
        Map<String, ProgressStatus> statuses = progress.statuses();
        boolean undoable = placement.last().map(PlacementService.Last::undoable).orElse(false);
        PlacementView.Placed view = new PlacementView.Placed(
                PlacementView.stands(curriculum, Position.of(curriculum, statuses), lang, pages.msg()),
                changed == null ? 0 : Math.max(0, changed), PlacementView.next(curriculum, statuses, lang, pages.msg()),
                undoable, Flag.parse("welcome", welcome).on());
        Page page = pages.page(words.placed_title(), "path");
        return Templates.placed(page, view).setLocale(lang.locale());
    }

    @POST
    @Path("place/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undo(@RestForm String welcome) {
        boolean inWelcome = Flag.parse("welcome", welcome).on();
        WelcomeMsg words = words(pages.lang());
        try {
            int count = placement.undo().size();
            return Response.ok(formPage(Map.of(), inWelcome, null, words.undo_done(count))).build();
        } catch (Problem refusal) {
            if (refusal.status() != 409) {
                throw refusal;
            }
            return Response.status(409).entity(formPage(Map.of(), inWelcome, null, refusal(refusal, words))).build();
        }
    }

    static String refusal(Problem p, WelcomeMsg words) {
        return switch (p.error()) {
            case "placement-undone" -> words.undo_undone();
            case "placement-too-late" -> words.undo_too_late();
            case "placement-changed" -> words.undo_changed();
            default -> words.undo_none();
        };
    }

    private TemplateInstance formPage(Map<String, List<Integer>> ticks, boolean welcome, String error,
            String message) {
        Lang lang = pages.lang();
        WelcomeMsg words = words(lang);
        boolean undoable = placement.last().map(PlacementService.Last::undoable).orElse(false);
        PlacementView.Form form = new PlacementView.Form(PlacementView.cells(source.get(), lang, words,
                placement.current(), ticks), welcome, error, message, undoable);
        Page page = pages.page(words.place_title(), "path");
        return Templates.place(page, form).setLocale(lang.locale());
    }

    private static int count(Curriculum curriculum, Map<String, ProgressStatus> statuses, ProgressStatus status) {
        return (int) curriculum.nodes().stream().filter(n -> statuses.get(n.id()) == status).count();
    }
}
