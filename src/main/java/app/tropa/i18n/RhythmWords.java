package app.tropa.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.time.YearMonth;
import java.time.format.TextStyle;

/** The rhythm bundle in a language, and months said as a sentence needs them. */
public final class RhythmWords {

    /** Russian months in the prepositional case, for "в марте": {@code java.time} has no such form. */
    private static final String[] RU_IN_MONTH = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
        "августе", "сентябре", "октябре", "ноябре", "декабре"};

    private RhythmWords() {
    }

    public static RhythmMsg msg(Lang lang) {
        return MessageBundles.get(RhythmMsg.class, Localized.Literal.of(lang.code()));
    }

    /** A month on its own, as a label or a table cell: "March 2027", "март 2027". */
    public static String month(YearMonth month, Lang lang) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, lang.locale()) + " " + month.getYear();
    }

    /** A month after "in"/"в": "March 2027", "марте 2027 года". */
    public static String inMonth(YearMonth month, Lang lang) {
        if (lang == Lang.RU) {
            return RU_IN_MONTH[month.getMonthValue() - 1] + " " + month.getYear() + " года";
        }
        return month(month, lang);
    }

    /** A count of weeks after "the last"/"за последние": "8 weeks", "3 недели", "неделю" for one. */
    public static String weeks(int count, Lang lang) {
        RhythmMsg msg = msg(lang);
        if (count == 1) {
            return msg.weeks_single();
        }
        return switch (Plural.of(count, lang)) {
            case ONE -> msg.weeks_one(count);
            case FEW -> msg.weeks_few(count);
            case MANY -> msg.weeks_many(count);
        };
    }
}
