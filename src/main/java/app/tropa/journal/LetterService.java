package app.tropa.journal;

import app.tropa.http.Saves;
import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.progress.ProgressService;
import app.tropa.progress.ProgressStatus;
import app.tropa.activity.ActivitySource;
import app.tropa.progress.Position;
import app.tropa.platform.DataVersion;
import app.tropa.platform.Derived;
import app.tropa.platform.LearnerTime;
import app.tropa.http.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Letters to a future self. A letter's text leaves this service only once the letter is open:
 * every read first opens what is due, and {@link JournalJson.Letter#of} drops the body of the rest.
 */
@ApplicationScoped
@Saves
public class LetterService implements ActivitySource {

    @Inject
    CurriculumSource source;

    @Inject
    ProgressService progress;

    @Inject
    LearnerTime time;

    @Inject
    DataVersion data;

    /** The seals of letters still sealed, and the letters open but unread: kept until the data changes. */
    private Derived<Void, List<Seal>> seals;
    private Derived<Void, List<JournalJson.Letter>> ready;

    @PostConstruct
    void init() {
        seals = Derived.of(data, () -> JournalLetter.<JournalLetter>list("openedAt is null").stream()
                .map(JournalLetter::seal).toList());
        ready = Derived.of(data, this::findReady);
    }

    Seal.Now now() {
        Curriculum curriculum = source.get();
        Map<String, ProgressStatus> statuses = progress.statuses();
        return new Seal.Now(time.today(), curriculum, Position.of(curriculum, statuses), statuses);
    }

    @Transactional
    public JournalJson.Letter write(JournalJson.LetterInput input) {
        LetterRules.Checked checked = LetterRules.check(input, now());
        JournalLetter letter = new JournalLetter();
        letter.body = checked.body();
        letter.writtenOn = time.today();
        letter.createdAt = time.now();
        letter.openOn = checked.openOn();
        letter.openWhen = checked.seal().milestone();
        letter.persist();
        return JournalJson.Letter.of(letter);
    }

    /** Opens every sealed letter whose condition is met now; returns how many opened. */
    @Transactional
    public int openDue() {
        Seal.Now now = now();
        if (seals.get().stream().noneMatch(seal -> seal.isMet(now))) {
            return 0;
        }
        List<JournalLetter> sealed = JournalLetter.list("openedAt is null");
        int opened = 0;
        for (JournalLetter letter : sealed) {
            if (letter.seal().isMet(now)) {
                letter.openedAt = time.now();
                opened++;
            }
        }
        if (opened > 0) {
            // Written out now, so what this request reads next (ready letters) is not an older copy.
            JournalLetter.flush();
        }
        return opened;
    }

    /** All letters, newest first; sealed ones without their text. */
    @Transactional
    public List<JournalJson.Letter> all() {
        openDue();
        return JournalLetter.<JournalLetter>list("order by createdAt desc, id desc").stream()
                .map(JournalJson.Letter::of).toList();
    }

    /** Open letters whose text contains every search word; sealed letters never match. */
    @Transactional
    public List<JournalJson.Letter> searchOpen(List<String> terms) {
        openDue();
        return JournalLetter.<JournalLetter>list("openedAt is not null order by openedAt desc, id desc").stream()
                .filter(l -> terms.stream().allMatch(t -> SearchText.normalize(l.body).contains(t)))
                .map(JournalJson.Letter::of).toList();
    }

    @Transactional
    public JournalJson.Letter get(long id) {
        openDue();
        return JournalJson.Letter.of(find(id));
    }

    /** Letters that have opened and not been read on the letters page yet. */
    @Transactional
    public List<JournalJson.Letter> ready() {
        openDue();
        return ready.get();
    }

    private List<JournalJson.Letter> findReady() {
        return JournalLetter.<JournalLetter>list("openedAt is not null and readAt is null order by openedAt, id")
                .stream().map(JournalJson.Letter::of).toList();
    }

    /** Marks open letters as read; sealed ones cannot be. */
    @Transactional
    public void markRead(Collection<Long> ids) {
        Instant now = time.now();
        for (Long id : ids) {
            JournalLetter letter = find(id);
            if (!letter.sealed() && letter.readAt == null) {
                letter.readAt = now;
            }
        }
    }

    private static JournalLetter find(long id) {
        return JournalLetter.<JournalLetter>findByIdOptional(id).orElseThrow(() -> Problem.notFound("unknown-letter",
                "There is no letter " + id + "."));
    }

    /** Writing a letter is reflecting too. */
    @Override
    @Transactional
    public List<Instant> activitySince(Instant since) {
        return JournalLetter.getEntityManager()
                .createQuery("select l.createdAt from JournalLetter l where l.createdAt >= :since", Instant.class)
                .setParameter("since", since).getResultList();
    }
}
