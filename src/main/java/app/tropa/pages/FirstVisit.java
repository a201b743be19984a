package app.tropa.pages;

import app.tropa.exchange.LearnerTables;
import app.tropa.exchange.Section;
import app.tropa.platform.AppMeta;
import app.tropa.platform.DataVersion;
import app.tropa.platform.Derived;
import app.tropa.platform.LearnerTime;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Whether {@code /} greets a newcomer: the data folder holds nothing of the learner's (no
 * progress, reflection, letter, term, metaphor, card, review or talk) and the welcome has not been
 * passed by starting from the beginning. Worked out once per change of the data.
 */
@ApplicationScoped
public class FirstVisit {

    /** Set when the learner chose to start from the beginning with nothing yet to show for it. */
    static final String PASSED = "welcome.passed-at";

    @Inject
    LearnerTables tables;

    @Inject
    LearnerTime time;

    @Inject
    DataVersion data;

    private Derived<Void, Boolean> due;

    @PostConstruct
    void init() {
        due = Derived.of(data, this::find);
    }

    @Transactional
    public boolean welcomeDue() {
        return due.get();
    }

    private boolean find() {
        if (AppMeta.get(PASSED).isPresent()) {
            return false;
        }
        return tables.counts().entrySet().stream().filter(e -> !e.getKey().equals(Section.SETTINGS))
                .allMatch(e -> e.getValue() == 0);
    }

    /** The learner begins without placing: the welcome is not shown again. */
    @Transactional
    public void pass() {
        if (AppMeta.get(PASSED).isEmpty()) {
            AppMeta.put(PASSED, time.now().toString());
        }
    }
}
