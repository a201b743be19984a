package app.tropa.exchange;

import app.tropa.journal.JournalEntry;
import app.tropa.talk.Talk;
import app.tropa.talk.TalkMessage;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static app.tropa.exchange.BackupMapper.MAP;

/**
 * The talks' part of a backup: every talk with all its messages, the trash included, a page of
 * talks at a time. A talk about a journal entry holds the entry's database id; in a backup it
 * names the entry by its {@code createdAt} (how a backup knows an entry), and on import the id of
 * the entry with that moment here. Callers hold the transaction.
 */
@ApplicationScoped
public class TalkTables {

    /**
     * What a talk about a journal entry holds once the entry is gone: no entry ever has this id
     * (identities start at 1), so the talk keeps saying it was about an entry, and names none.
     */
    static final String NO_ENTRY = "0";

    /** Talks as records with their database ids, in export order. */
    public record Stored(List<Records.Talk> talks, List<Long> ids) {
    }

    /** Every talk in the order it began, with its database id. */
    public void each(BiConsumer<Long, Records.Talk> sink) {
        EntityManager em = Panache.getEntityManager();
        Map<String, Instant> entries = entryMoments(em);
        for (int first = 0; ; first += LearnerTables.PAGE) {
            List<Talk> page = em.createQuery("from Talk t order by t.id", Talk.class)
                    .setFirstResult(first).setMaxResults(LearnerTables.PAGE).getResultList();
            if (page.isEmpty()) {
                return;
            }
            Map<Long, List<Records.TalkMessage>> messages = new LinkedHashMap<>();
            em.createQuery("from TalkMessage m where m.talkId in :ids order by m.talkId, m.seq", TalkMessage.class)
                    .setParameter("ids", page.stream().map(t -> t.id).toList()).getResultList()
                    .forEach(m -> messages.computeIfAbsent(m.talkId, k -> new ArrayList<>()).add(MAP.record(m)));
            page.forEach(t -> sink.accept(t.id, MAP.record(t, aboutId(t, entries),
                    messages.getOrDefault(t.id, List.of()))));
            em.clear();
            if (page.size() < LearnerTables.PAGE) {
                return;
            }
        }
    }

    /** A journal entry's database id (as the talk holds it) and its {@code createdAt}; entries are few. */
    private static Map<String, Instant> entryMoments(EntityManager em) {
        Map<String, Instant> moments = new HashMap<>();
        em.createQuery("select e.id, e.createdAt from JournalEntry e", Object[].class).getResultList()
                .forEach(row -> moments.put(String.valueOf(row[0]), (Instant) row[1]));
        return moments;
    }

    private static String aboutId(Talk t, Map<String, Instant> entries) {
        if (!Records.Talk.REFLECTION.equals(t.aboutType)) {
            return t.aboutId;
        }
        Instant created = entries.get(t.aboutId);
        return created == null ? null : created.toString();
    }

    public int count() {
        return (int) Talk.count();
    }

    public Stored stored() {
        List<Records.Talk> talks = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        each((id, talk) -> {
            ids.add(id);
            talks.add(talk);
        });
        return new Stored(talks, ids);
    }

    /** Every talk and message, the trash included; messages first, as they refer to their talk. */
    public void deleteAll() {
        EntityManager em = Panache.getEntityManager();
        em.createQuery("delete from TalkMessage").executeUpdate();
        em.createQuery("delete from Talk").executeUpdate();
    }

    /** Writes the talk; the journal entries of the same file are written before it. */
    public void insert(Records.Talk r) {
        Talk t = MAP.entity(r);
        t.aboutId = localAboutId(r);
        t.persist();
        r.messages().stream().sorted(Comparator.comparingInt(Records.TalkMessage::seq)).forEach(m -> {
            TalkMessage row = MAP.entity(m);
            row.talkId = t.id;
            row.persist();
        });
    }

    /**
     * The file's later messages, and the file's state for the messages here (an unanswered message
     * the file has answered); the talk is active as late as the later of the two. Its trash state and
     * training opt-in here stay: a merge never makes that choice for the learner.
     */
    public void extend(ImportPlan.TalkExtension x) {
        Talk t = Talk.findById(x.localId());
        List<Records.TalkMessage> theirs = x.talk().messages().stream()
                .sorted(Comparator.comparingInt(Records.TalkMessage::seq)).toList();
        Map<Integer, TalkMessage> here = new HashMap<>();
        TalkMessage.<TalkMessage>list("talkId", t.id).forEach(m -> here.put(m.seq, m));
        for (Records.TalkMessage m : theirs.subList(0, x.localMessages())) {
            TalkMessage row = here.get(m.seq());
            row.state = m.state();
            row.failure = m.failure();
        }
        for (Records.TalkMessage m : theirs.subList(x.localMessages(), theirs.size())) {
            TalkMessage row = MAP.entity(m);
            row.talkId = t.id;
            row.persist();
        }
        if (x.talk().updatedAt().isAfter(t.updatedAt)) {
            t.updatedAt = x.talk().updatedAt();
        }
    }

    /** The entry here that the file's talk is about: the first written at that moment. */
    private static String localAboutId(Records.Talk r) {
        if (!r.aboutReflection()) {
            return r.aboutId();
        }
        if (r.aboutId() == null) {
            return NO_ENTRY;
        }
        Instant created = BackupChecks.moment(r.aboutId());
        return JournalEntry.<JournalEntry>find("createdAt = ?1 order by id", created).firstResultOptional()
                .map(e -> String.valueOf(e.id)).orElse(NO_ENTRY);
    }
}
