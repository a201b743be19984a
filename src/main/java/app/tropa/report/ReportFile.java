package app.tropa.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What the file needs beyond the facts: its title, the day written out, and one line saying which
 * of the learner's own writing it holds (so a reader knows what they are, and are not, seeing).
 */
public record ReportFile(String title, String madeOn, String privacy) {

    /** The inline style sheet. */
    public String css() {
        return ReportStyle.CSS;
    }

    /** What the file may load and apply: nothing but its own style. */
    public String policy() {
        return ReportStyle.POLICY;
    }

    static ReportFile of(Report report, ReportChoices choices) {
        ReportMsg m = ReportWords.msg(choices.lang());
        String title = report.hasName() ? m.file_title_named(report.name()) : m.file_title();
        List<String> what = new ArrayList<>();
        if (choices.portfolio()) {
            what.add(m.what_portfolio());
        }
        if (report.metaphors() != null) {
            what.add(m.what_metaphors());
        }
        if (report.notes() != null) {
            what.add(m.what_notes());
        }
        if (report.reflections() != null) {
            what.add(m.what_reflections(report.reflections().size()));
        }
        String privacy = what.isEmpty() ? m.file_private_none() : m.file_private_some(String.join(", ", what));
        return new ReportFile(title, ReportWords.longDay(report.madeOn(), choices.lang()), privacy);
    }

    /** The download's name, with the day it was made. */
    static String fileName(Report report) {
        return "tropa-report-" + report.madeOn() + ".html";
    }
}
