package app.tropa.review;

import app.tropa.glossary.CardVersion;
import app.tropa.glossary.ConceptCard;
import app.tropa.glossary.GlossaryMsg;
import app.tropa.glossary.GlossaryService;
import app.tropa.glossary.GlossaryTerm;
import app.tropa.glossary.GlossaryWords;
import app.tropa.glossary.MetaphorVersion;
import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.http.Flag;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import app.tropa.security.CalendarKey;
import app.tropa.security.Sessions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review page: one term at a time. Plain forms carry it without JavaScript (showing the
 * meaning is a GET with {@code reveal=1}, grading a POST); {@code js/review-keys.js} adds the
 * keys: space shows, 1–4 grade.
 */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(Page page, ReviewView view);
    }

    @Inject
    ReviewService reviews;

    @Inject
    GlossaryService glossary;

    @Inject
    Pages pages;


    @Inject
    LearnerTime time;

    @Inject
    Sessions sessions;

    @Inject
    CalendarKey calendarKey;

    @GET
    public TemplateInstance review(@QueryParam("term") String termId, @QueryParam("reveal") Flag reveal,
            @Context UriInfo uri) {
        Lang lang = pages.lang();
        GlossaryMsg msg = GlossaryWords.msg(lang);
        Optional<ReviewState> state = termId == null || termId.isBlank()
                ? reviews.dueNow(1).stream().findFirst()
                : Optional.of(reviews.state(termId).orElseThrow(() -> Problem.notFound("not-in-review",
                        "Term '" + termId + "' is not in review.")));
        ReviewView.Card card = state.map(s -> card(s.termId, Flag.on(reveal), lang, msg)).orElse(null);
        String next = reviews.nextDueAt().map(at -> GlossaryWords.day(at, time.zone())).orElse(null);
        ReviewView view = new ReviewView(reviews.dueCount(), reviews.inReviewCount(), next, card, feed(uri));
        Page page = pages.page(card == null ? msg.review_title() : msg.review_title() + ": " + card.title(), "review");
        return Templates.review(page, view).setLocale(lang.locale());
    }

    /** The feed's full address for a calendar app; with sign-in on, with the key that opens it. */
    private ReviewView.Feed feed(UriInfo uri) {
        String url = uri.getBaseUri().resolve("/calendar.ics").toString();
        return sessions.required() ? new ReviewView.Feed(url + "?key=" + calendarKey.current(), true)
                : new ReviewView.Feed(url, false);
    }

    /** A new key for the feed: calendars subscribed with the old one get nothing more. */
    @POST
    @Path("/calendar-key")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renewCalendarKey() {
        calendarKey.renew();
        return Response.seeOther(URI.create("/review#calendar-feed")).build();
    }

    private ReviewView.Card card(String termId, boolean revealed, Lang lang, GlossaryMsg msg) {
        if (ReviewQuestion.isKey(termId)) {
            return question(termId, revealed, msg);
        }
        Optional<GlossaryTerm> term = glossary.find(termId);
        String title = term.map(t -> t.title().in(lang)).orElse(termId);
        String link = "/glossary/" + termId;
        if (!revealed) {
            return new ReviewView.Card(termId, title, false, null, null, List.of(), List.of(), false, link);
        }
        String definition = term.map(t -> t.definition().in(lang)).orElse("");
        String metaphor = glossary.metaphor(termId).map((MetaphorVersion m) -> m.text).orElse(null);
        List<ReviewView.Field> fields = new ArrayList<>();
        ConceptCard card = glossary.card(termId).map(CardVersion::card).orElse(ConceptCard.EMPTY);
        for (String f : ConceptCard.FIELDS) {
            if (!card.get(f).isEmpty()) {
                fields.add(new ReviewView.Field(GlossaryWords.cardLabel(f, msg), card.get(f)));
            }
        }
        return new ReviewView.Card(termId, title, true, definition, metaphor, fields, grades(termId, msg), false,
                link);
    }

    /** A kept question: the question first, its answer once revealed, a link to its step. */
    private ReviewView.Card question(String key, boolean revealed, GlossaryMsg msg) {
        ReviewQuestion q = reviews.question(key).orElseThrow(() -> Problem.notFound("not-in-review",
                "Question '" + key + "' is not in review."));
        String link = "/path/" + q.nodeId;
        return revealed
                ? new ReviewView.Card(key, q.question, true, q.answer, null, List.of(), grades(key, msg), true, link)
                : new ReviewView.Card(key, q.question, false, null, null, List.of(), List.of(), true, link);
    }

    private List<ReviewView.GradeButton> grades(String termId, GlossaryMsg msg) {
        Map<Grade, Integer> days = reviews.preview(termId);
        return List.of(Grade.values()).stream()
                .map(g -> new ReviewView.GradeButton(g.code(), g.number(), gradeLabel(g, msg), days.get(g))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@RestForm String termId, @RestForm String grade) {
        reviews.review(termId, grade);
        return Response.seeOther(URI.create("/review")).build();
    }

    static String gradeLabel(Grade g, GlossaryMsg msg) {
        return switch (g) {
            case AGAIN -> msg.grade_again();
            case HARD -> msg.grade_hard();
            case GOOD -> msg.grade_good();
            case EASY -> msg.grade_easy();
        };
    }
}
