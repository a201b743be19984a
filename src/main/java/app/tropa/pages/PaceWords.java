package app.tropa.pages;

import app.tropa.curriculum.Curriculum;
import app.tropa.i18n.Lang;
import app.tropa.i18n.RhythmMsg;
import app.tropa.i18n.RhythmWords;
import app.tropa.progress.Pace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pace in one or two calm sentences: where the learner's pace takes them next and when the
 * whole path would be done, each with its target if one is set. No projection without a pace.
 */
final class PaceWords {

    private PaceWords() {
    }

    static List<String> sentences(Pace.Projection p, Curriculum curriculum, Lang lang, RhythmMsg msg) {
        if (p.path().reached()) {
            return List.of(msg.pace_finished());
        }
        if (!p.enoughHistory()) {
            return List.of(msg.pace_too_early());
        }
        String weeks = weeks(p, lang);
        if (!p.hasPace()) {
            return List.of(msg.pace_quiet(weeks));
        }
        List<String> out = new ArrayList<>();
        Pace.Goal next = p.nextPhase();
        if (next != null) {
            String phase = phaseTitle(next.key(), curriculum, lang);
            String month = RhythmWords.inMonth(next.projectedMonth(), lang);
            out.add(next.target() == null ? msg.pace_reach(weeks, phase, month)
                    : Boolean.TRUE.equals(next.holds())
                            ? msg.pace_reach_holds(weeks, phase, month, day(next.target(), lang))
                            : msg.pace_reach_misses(weeks, phase, month, day(next.target(), lang)));
        }
        Pace.Goal path = p.path();
        String month = RhythmWords.inMonth(path.projectedMonth(), lang);
        out.add(path.target() == null ? msg.pace_finish(month)
                : Boolean.TRUE.equals(path.holds()) ? msg.pace_finish_holds(month, day(path.target(), lang))
                        : msg.pace_finish_misses(month, day(path.target(), lang)));
        return out;
    }

    /** How much history the pace is measured over, in whole weeks. */
    static String weeks(Pace.Projection p, Lang lang) {
        return RhythmWords.weeks(p.measure().days() / 7, lang);
    }

    static String phaseTitle(String phaseId, Curriculum curriculum, Lang lang) {
        return curriculum.phase(phaseId).map(ph -> ph.title().in(lang)).orElse(phaseId);
    }

    static String goal(String key, Curriculum curriculum, Lang lang, RhythmMsg msg) {
        return Pace.PATH.equals(key) ? msg.pace_goal_path() : msg.pace_goal_phase(phaseTitle(key, curriculum, lang));
    }

    /** A target day in a sentence: "January 15, 2027", "15 января 2027" (without "г.", which would end in a double stop). */
    static String day(LocalDate day, Lang lang) {
        DateTimeFormatter format = lang == Lang.RU ? DateTimeFormatter.ofPattern("d MMMM yyyy", lang.locale())
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale());
        return format.format(day);
    }

    static String hours(double hours, Lang lang) {
        return String.format(Locale.forLanguageTag(lang.code()), "%.1f", hours);
    }
}
