package app.tropa.journal;

import app.tropa.i18n.Lang;

/**
 * Today's question, shown above the journal's form. The tutor asks it (from the learner's place on
 * the path), so the journal depends on this small interface, not on the tutor.
 */
public interface TodayQuestion {

    String prompt(Lang lang);
}
