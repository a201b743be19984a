package app.tropa.journal;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.glossary.GlossaryService;
import app.tropa.glossary.GlossaryTerm;
import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.http.MarkdownRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Arranges journal data into the views the pages show, in the page's language. */
@ApplicationScoped
public class JournalPages {

    @Inject
    CurriculumSource source;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    LearnerTime time;

    @Inject
    GlossaryService glossary;

    JournalView.ListPage list(Lang lang, String prompt, JournalView.Form form, SearchQuery query,
            JournalJson.Entries found, List<JournalJson.Letter> letters, int trashCount, String savedDraft,
            boolean searchTalks, List<TalkFinder.Hit> talks) {
        Curriculum c = source.get();
        JournalMsg msg = JournalWords.msg(lang);
        EntryForm values = form.values();
        List<GlossaryTerm> terms = glossary.terms();
        JournalView.Choices formChoices = JournalView.choices(c, lang, values.fiPhase, values.nodeIds,
                values.termIds, terms);
        JournalView.Choices filterChoices = JournalView.choices(c, lang, null, listOf(query.nodeId()),
                listOf(query.termId()), terms);
        JournalView.Search search = new JournalView.Search(query.q(), query.tag(), query.nodeId(), query.termId(),
                query.kind() == null ? null : query.kind().code(), str(query.from()), str(query.to()),
                query.filtered());
        List<String> words = query.terms();
        List<JournalView.Card> cards = found.items().stream().map(e -> card(lang, msg, e, words)).toList();
        return new JournalView.ListPage(prompt, form, formChoices, filterChoices, search, cards, found.total(),
                pager(query, found.total()), letters.stream().map(l -> letterCard(lang, msg, l, false)).toList(),
                trashCount, savedDraft, searchTalks, talks.stream().map(t -> new JournalView.TalkCard(t.id(), t.title(),
                        JournalWords.dateTime(t.updatedAt(), time.zone(), lang))).toList());
    }

    JournalView.Card card(Lang lang, JournalMsg msg, JournalJson.Entry e, List<String> terms) {
        Curriculum c = source.get();
        return new JournalView.Card(e.id(), JournalWords.date(e.date(), lang), JournalWords.kind(e.kind(), msg),
                JournalView.phaseTitle(c, e.phase(), lang), tagLinks(e.tags()),
                SearchText.snippet(e.body(), terms, JournalService.SNIPPET_RADIUS), e.deletedAt() != null,
                e.deletedAt() == null ? null : JournalWords.dateTime(e.deletedAt(), time.zone(), lang));
    }

    JournalView.EntryPage entry(Lang lang, JournalJson.Entry e, JournalView.Form form,
            List<JournalJson.Revision> revisions, String savedDraft) {
        Curriculum c = source.get();
        JournalMsg msg = JournalWords.msg(lang);
        List<JournalView.Label> nodes = e.nodeIds().stream()
                .map(id -> new JournalView.Label("/path/" + id, JournalView.nodeTitle(c, id, lang))).toList();
        List<JournalView.Label> terms = e.termIds().stream().map(id -> new JournalView.Label(
                "/glossary/" + encode(id), glossary.find(id).map(t -> t.title().in(lang)).orElse(id))).toList();
        FieldInstruction fi = e.fieldInstruction();
        JournalView.FieldInstructionView fiView = fi == null ? null : new JournalView.FieldInstructionView(
                JournalView.phaseTitle(c, fi.phase(), lang), fi.attentionPattern(), fi.depth(), fi.assemblyPoint(),
                fi.vectorQuestion());
        EntryForm values = form.values();
        List<JournalView.RevisionView> revisionViews = revisions.stream().map(r -> new JournalView.RevisionView(
                r.revision(), JournalWords.dateTime(r.savedAt(), time.zone(), lang), r.current(), r.restoredFrom(),
                JournalWords.date(r.date(), lang), JournalWords.kind(r.kind(), msg), r.tags(),
                markdown.toHtml(r.body()))).toList();
        return new JournalView.EntryPage(e, JournalWords.date(e.date(), lang), JournalWords.kind(e.kind(), msg),
                JournalView.phaseTitle(c, e.phase(), lang), markdown.toHtml(e.body()), nodes, terms,
                tagLinks(e.tags()), fiView, JournalWords.dateTime(e.createdAt(), time.zone(), lang),
                JournalWords.dateTime(e.updatedAt(), time.zone(), lang),
                e.deletedAt() == null ? null : JournalWords.dateTime(e.deletedAt(), time.zone(), lang), form,
                JournalView.choices(c, lang, values.fiPhase, values.nodeIds, values.termIds, glossary.terms()),
                revisionViews, savedDraft);
    }

    /** A letter for a page; its text only when open, so a sealed letter's words cannot reach any page. */
    JournalView.LetterCard letterCard(Lang lang, JournalMsg msg, JournalJson.Letter l, boolean fresh) {
        Curriculum c = source.get();
        return new JournalView.LetterCard(l.id(), JournalWords.date(l.writtenOn(), lang),
                JournalWords.condition(l, c, lang, msg), l.sealed(),
                l.openedAt() == null ? null : JournalWords.dateTime(l.openedAt(), time.zone(), lang), fresh,
                l.sealed() ? "" : markdown.toHtml(l.body()));
    }

    JournalView.LettersPage letters(Lang lang, LetterForm form, JournalView.FormError error,
            List<JournalJson.Letter> all, List<Long> fresh, String savedDraft) {
        Curriculum c = source.get();
        JournalMsg msg = JournalWords.msg(lang);
        List<JournalView.LetterCard> open = new ArrayList<>();
        List<JournalView.LetterCard> sealed = new ArrayList<>();
        for (JournalJson.Letter l : all) {
            (l.sealed() ? sealed : open).add(letterCard(lang, msg, l, fresh.contains(l.id())));
        }
        return new JournalView.LettersPage(form, error, JournalView.choices(c, lang, form.phase,
                listOf(form.node), List.of(), List.of()), open, sealed, savedDraft);
    }

    public JournalView.Highlights highlights(Lang lang, JournalJson.OnThisDay onThisDay, List<JournalJson.Letter> ready) {
        JournalMsg msg = JournalWords.msg(lang);
        List<JournalView.Memory> memories = onThisDay.items().stream().map(m -> new JournalView.Memory(
                m.entry().id(), JournalWords.ago(m.ago(), msg), JournalWords.date(m.entry().date(), lang),
                SearchText.snippet(m.entry().body(), List.of(), JournalService.SNIPPET_RADIUS).text())).toList();
        return new JournalView.Highlights(memories, ready.stream().map(l -> letterCard(lang, msg, l, true)).toList());
    }

    private static List<JournalView.Label> tagLinks(List<String> tags) {
        return tags.stream().map(t -> new JournalView.Label("/journal?tag=" + encode(t), t)).toList();
    }

    private static JournalView.Pager pager(SearchQuery query, long total) {
        int pages = (int) Math.max(1, (total + query.size() - 1) / query.size());
        String previous = query.page() > 1 ? pageUrl(query, Math.min(query.page() - 1, pages)) : null;
        String next = query.page() < pages ? pageUrl(query, query.page() + 1) : null;
        return new JournalView.Pager(query.page(), pages, previous, next);
    }

    static String pageUrl(SearchQuery q, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q.q());
        params.put("tag", q.tag());
        params.put("nodeId", q.nodeId());
        params.put("termId", q.termId());
        params.put("kind", q.kind() == null ? null : q.kind().code());
        params.put("from", str(q.from()));
        params.put("to", str(q.to()));
        params.put("page", String.valueOf(page));
        return "/journal?" + params.entrySet().stream().filter(p -> p.getValue() != null)
                .map(p -> p.getKey() + "=" + encode(p.getValue())).collect(Collectors.joining("&"))
                + "#find-heading";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<String> listOf(String id) {
        return id == null ? List.of() : List.of(id);
    }
}
