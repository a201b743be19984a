package app.tropa.pages;

import app.tropa.i18n.Lang;
import app.tropa.i18n.Msg;
import app.tropa.http.Problem;
import app.tropa.security.CalendarKey;
import app.tropa.security.SecurityFilter;
import app.tropa.i18n.RhythmMsg;
import app.tropa.i18n.RhythmWords;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.progress.Pace;
import app.tropa.progress.PaceService;
import app.tropa.i18n.RequestLang;
import app.tropa.http.Pages;
import app.tropa.journal.JournalJson;
import app.tropa.journal.LetterService;
import app.tropa.platform.LearnerTime;
import app.tropa.review.ReviewJson;
import app.tropa.review.ReviewService;
import app.tropa.revisit.RevisitJson;
import app.tropa.revisit.RevisitMsg;
import app.tropa.revisit.RevisitService;
import app.tropa.revisit.RevisitWords;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reminders outside the app, for a calendar to subscribe to: a day's due reviews and revisits (counts
 * and titles, one event a day), the days sealed letters open (never their text) and the learner's target dates. Reads:
 * the review and revisit schedules, the letters, the targets, the learner's zone and today.
 */
@Path("/calendar.ics")
public class CalendarResource {

    /** How far ahead review days are listed. */
    static final int DAYS_AHEAD = 90;
    /** How many titles a day's description names before "and n more". */
    static final int TITLES = 10;

    @Inject
    ReviewService reviews;

    @Inject
    LetterService letters;

    @Inject
    RevisitService revisits;

    @Inject
    LearnerTime time;

    @Inject
    RequestLang lang;

    @Inject
    PaceService pace;

    @Inject
    CalendarKey calendarKey;

    @Inject
    CurriculumSource source;

    /**
     * The feed. With {@code ?key=} (how a calendar app comes when sign-in is on: the request guard
     * let it through without a session) the key must be the current one, or nothing is given.
     */
    @GET
    public Response feed(@QueryParam(SecurityFilter.FEED_KEY) String key) {
        if (key != null && !key.isEmpty() && !calendarKey.matches(key)) {
            throw new Problem(401, "wrong-feed-key", "This calendar address is not valid any more: the key was "
                    + "renewed. Copy the new address from the review page.", Map.of());
        }
        Lang l = lang.get();
        Msg msg = Pages.msg(l);
        LocalDate today = time.today();
        IcsCalendar ics = new IcsCalendar(msg.calendar_name(), time.zone().getId(), time.now());
        Map<LocalDate, List<ReviewJson.Due>> reviewDays = reviewDays(l, today);
        Map<LocalDate, List<RevisitJson.Step>> revisitDays = revisitDays(l, today);
        TreeSet<LocalDate> days = new TreeSet<>(reviewDays.keySet());
        days.addAll(revisitDays.keySet());
        RevisitMsg revisit = RevisitWords.msg(l);
        for (LocalDate day : days) {
            List<String> titles = new ArrayList<>();
            List<String> summary = new ArrayList<>();
            List<ReviewJson.Due> due = reviewDays.getOrDefault(day, List.of());
            List<RevisitJson.Step> steps = revisitDays.getOrDefault(day, List.of());
            if (!due.isEmpty()) {
                summary.add(msg.calendar_reviews(due.size()));
                due.forEach(d -> titles.add(d.title()));
            }
            if (!steps.isEmpty()) {
                summary.add(due.isEmpty() ? revisit.calendar_revisits(steps.size())
                        : revisit.calendar_revisits_also(steps.size()));
                steps.forEach(s -> titles.add(revisit.calendar_revisit_step(s.title())));
            }
            // One event a day under the UID the feed has always used for it, so subscribed calendars update it.
            ics.allDay("reviews-" + day + "@tropa.local", day, String.join(", ", summary), titles(titles, msg));
        }
        for (JournalJson.Letter letter : letters.all()) {
            if (letter.sealed() && letter.openOn() != null && !letter.openOn().isBefore(today)) {
                ics.allDay("letter-" + letter.id() + "@tropa.local", letter.openOn(), msg.calendar_letter(),
                        msg.calendar_letter_written(letter.writtenOn().toString()));
            }
        }
        RhythmMsg rhythm = RhythmWords.msg(l);
        pace.targets().forEach((goal, day) -> ics.allDay("target-" + goal + "@tropa.local", day,
                Pace.PATH.equals(goal) ? rhythm.calendar_target_path()
                        : rhythm.calendar_target_phase(PaceWords.phaseTitle(goal, source.get(), l)),
                rhythm.calendar_target_note()));
        return Response.ok(ics.end(), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"tropa.ics\"").build();
    }

    /** Reviews by the day they fall due in the learner's zone; anything overdue is due today. */
    private Map<LocalDate, List<ReviewJson.Due>> reviewDays(Lang l, LocalDate today) {
        LocalDate last = today.plusDays(DAYS_AHEAD);
        return reviews.scheduled(l).stream()
                .collect(Collectors.groupingBy(d -> max(today, d.dueAt().atZone(time.zone()).toLocalDate()),
                        TreeMap::new, Collectors.toList()))
                .headMap(last, true);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Done steps by the day they come back for a revisit; anything overdue is due today. */
    private Map<LocalDate, List<RevisitJson.Step>> revisitDays(Lang l, LocalDate today) {
        LocalDate last = today.plusDays(DAYS_AHEAD);
        return revisits.scheduled(l).stream()
                .collect(Collectors.groupingBy(s -> max(today, s.dueOn()), TreeMap::new, Collectors.toList()))
                .headMap(last, true);
    }

    private static String titles(List<String> titles, Msg msg) {
        String named = titles.stream().limit(TITLES).collect(Collectors.joining("\n"));
        return titles.size() > TITLES ? named + "\n" + msg.calendar_more(titles.size() - TITLES) : named;
    }
}
