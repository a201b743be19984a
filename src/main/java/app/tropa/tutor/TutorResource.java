package app.tropa.tutor;

import app.tropa.journal.JournalService;
import app.tropa.journal.LetterService;
import app.tropa.review.ReviewService;
import app.tropa.revisit.RevisitJson;
import app.tropa.revisit.RevisitService;
import app.tropa.revisit.RevisitWords;
import app.tropa.i18n.Lang;
import app.tropa.i18n.Msg;
import app.tropa.http.Pages;
import app.tropa.i18n.RequestLang;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The tutor as JSON: position, next steps, nudges, today's prompt, streak, activity and reviews due. */
@Path("/api/tutor")
@Produces(MediaType.APPLICATION_JSON)
public class TutorResource {

    @Inject
    TutorService tutor;

    @Inject
    RequestLang lang;

    @Inject
    ReviewService reviews;

    @Inject
    RevisitService revisits;

    @Inject
    JournalService journal;

    @Inject
    LetterService letters;

    @GET
    public TutorJson get() {
        Lang current = lang.get();
        TutorService.Tutor t = tutor.tutor(current);
        Msg msg = Pages.msg(current);
        List<RevisitJson.Step> due = revisits.overview(current).due();
        return new TutorJson(
                new TutorJson.PositionJson(t.position().phase(), t.position().rung(), t.position().complete()),
                t.next().stream().map(s -> new TutorJson.Step(s.node().id(), s.node().title().in(current),
                        TutorWords.reason(s, msg))).toList(),
                t.nudges().stream().map(n -> new TutorJson.NudgeJson(TutorWords.kind(n),
                        TutorWords.message(n, msg), TutorWords.suggestion(n, msg))).toList(),
                t.prompt(),
                new TutorJson.StreakJson(t.streak().current(), t.streak().longest()),
                t.activity().stream().map(a -> new TutorJson.Day(a.date(), a.count())).toList(),
                reviews.dueCount(), due.size(), due.stream().limit(TutorService.NEXT_STEPS)
                        .map(r -> new TutorJson.Revisit(r.nodeId(), r.title(), r.dueOn(),
                                RevisitWords.msg(current).next_revisit(r.title())))
                        .toList(),
                journal.onThisDay().items(), letters.ready());
    }
}
