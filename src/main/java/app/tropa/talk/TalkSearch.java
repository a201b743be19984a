package app.tropa.talk;

import app.tropa.journal.SearchText;
import app.tropa.journal.TalkFinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Finds live talks whose messages, together, hold every word of a journal search. */
@ApplicationScoped
public class TalkSearch implements TalkFinder {

    @Override
    @Transactional
    public List<Hit> find(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Talk> live = Talk.list("deletedAt is null order by updatedAt desc, id desc");
        // Only the live talks' messages: the trash is never searched.
        Map<Long, String> texts = TalkMessage.<TalkMessage>list("talkId in (select t.id from Talk t "
                + "where t.deletedAt is null)").stream().collect(Collectors.groupingBy(
                m -> m.talkId, Collectors.mapping(m -> m.body, Collectors.joining("\n"))));
        List<Hit> hits = new ArrayList<>();
        for (Talk t : live) {
            String text = SearchText.normalize(t.title + "\n" + texts.getOrDefault(t.id, ""));
            if (words.stream().allMatch(text::contains)) {
                hits.add(new Hit(t.id, t.title, t.updatedAt));
                if (hits.size() == LIMIT) {
                    break;
                }
            }
        }
        return hits;
    }
}
