package app.tropa.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The live journal as search reads it, held in memory: each entry with its text folded the way
 * {@link SearchText} folds a query (lower case, ё as е). Built from the database in list order
 * (newest day first) and kept until the data changes, so listing and searching a ten-year journal
 * is a scan of memory, not of every row.
 */
final class JournalIndex {

    private record Item(JournalJson.Entry entry, String text, List<String> foldedTags, List<String> lowerTags) {

        boolean contains(String term) {
            if (text.contains(term)) {
                return true;
            }
            for (String tag : foldedTags) {
                if (tag.contains(term)) {
                    return true;
                }
            }
            return false;
        }

        boolean containsAll(List<String> terms) {
            for (String term : terms) {
                if (!contains(term)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Item> items;

    private JournalIndex(List<Item> items) {
        this.items = items;
    }

    /** The entries, already in list order: day, then time written, newest first. */
    static JournalIndex of(List<JournalJson.Entry> entries) {
        return new JournalIndex(entries.stream().map(JournalIndex::item).toList());
    }

    private static Item item(JournalJson.Entry e) {
        FieldInstruction fi = e.fieldInstruction();
        // One field per line: a search term holds no whitespace, so no match spans two fields.
        String text = Stream.of(e.body(), fi == null ? null : fi.attentionPattern(),
                fi == null ? null : fi.assemblyPoint(), fi == null ? null : fi.vectorQuestion())
                .map(s -> s == null ? "" : SearchText.normalize(s)).collect(Collectors.joining("\n"));
        return new Item(e, text, e.tags().stream().map(SearchText::normalize).toList(),
                e.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }

    JournalJson.Entries search(SearchQuery query, int snippetRadius) {
        List<String> terms = query.terms();
        String tag = query.tag() == null ? null : query.tag().toLowerCase(Locale.ROOT);
        List<Item> found = items;
        if (!terms.isEmpty() || query.filtered()) {
            found = new ArrayList<>();
            for (Item item : items) {
                if (matches(item, query, terms, tag)) {
                    found.add(item);
                }
            }
        }
        int from = Math.min(found.size(), (query.page() - 1) * query.size());
        int to = Math.min(found.size(), from + query.size());
        List<JournalJson.Entry> page = found.subList(from, to).stream()
                .map(i -> terms.isEmpty() ? i.entry() : withSnippet(i.entry(),
                        SearchText.snippet(i.entry().body(), terms, snippetRadius).text()))
                .toList();
        return new JournalJson.Entries(page, found.size(), query.page(), query.size());
    }

    private static boolean matches(Item item, SearchQuery q, List<String> terms, String tag) {
        JournalJson.Entry e = item.entry();
        return (q.kind() == null || e.kind() == q.kind())
                && (q.from() == null || !e.date().isBefore(q.from()))
                && (q.to() == null || !e.date().isAfter(q.to()))
                && (q.nodeId() == null || e.nodeIds().contains(q.nodeId()))
                && (q.termId() == null || e.termIds().contains(q.termId()))
                && (tag == null || item.lowerTags().contains(tag))
                && item.containsAll(terms);
    }

    private static JournalJson.Entry withSnippet(JournalJson.Entry e, String snippet) {
        return new JournalJson.Entry(e.id(), e.date(), e.kind(), e.body(), e.nodeIds(), e.termIds(), e.tags(),
                e.phase(), e.fieldInstruction(), e.revision(), e.createdAt(), e.updatedAt(), e.deletedAt(), snippet);
    }
}
