package app.tropa.journal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the journal search reads a query, for Russian as for English: case does not matter, ё is
 * е (as most Russian text is typed), and a word matches its other forms — «модель» finds
 * «модели» and «моделью», "model" finds "models" — by searching for a short stem inside words.
 * The database side applies the same {@link #normalize} (lower case, ё → е) in SQL.
 */
public final class SearchText {

    public static final int MAX_TERMS = 10;

    /** Russian case and verb endings, longest first; stripping one leaves a stem to search for. */
    private static final List<String> RU_ENDINGS = List.of(
            "иями", "ьями",
            "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иям", "иях", "ием", "ьям", "ьях", "ьев",
            "ях", "ах", "ов", "ев", "ей", "ой", "ом", "ем", "ам", "ям", "ую", "юю", "ая", "яя", "ое", "ее", "ые",
            "ие", "ый", "ий", "ых", "их", "ия", "ию", "ии", "ью", "ья", "ье", "ьи", "ть", "ет", "ют", "ут", "ит",
            "ат", "ят",
            "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private SearchText() {
    }

    /** Lower case and ё as е; the same in Java and, via LOWER and REPLACE, in SQL. */
    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The stems to look for, each of which must occur in an entry for it to match. */
    public static List<String> terms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String word : normalize(query.strip()).split("\\s+")) {
            String w = trimPunctuation(word);
            if (!w.isEmpty() && terms.size() < MAX_TERMS) {
                terms.add(stem(w));
            }
        }
        return List.copyOf(terms);
    }

    private static String trimPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isEdgePunctuation(word.charAt(start))) {
            start++;
        }
        while (end > start && isEdgePunctuation(word.charAt(end - 1))) {
            end--;
        }
        return start == end ? word : word.substring(start, end);
    }

    private static boolean isEdgePunctuation(char c) {
        return ".,;:!?«»\"'()[]{}…—–".indexOf(c) >= 0;
    }

    /** A light stem: one inflectional ending off longer words, so other forms of the word match too. */
    static String stem(String word) {
        if (isCyrillic(word) && word.length() >= 5) {
            for (String ending : RU_ENDINGS) {
                if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                    return word.substring(0, word.length() - ending.length());
                }
            }
            return word;
        }
        if (isLatin(word) && word.length() >= 4) {
            if (word.endsWith("'s")) {
                return word.substring(0, word.length() - 2);
            }
            if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
                return word.substring(0, word.length() - 1);
            }
        }
        return word;
    }

    private static boolean isCyrillic(String word) {
        return word.chars().allMatch(c -> c >= 'а' && c <= 'я' || c == '-');
    }

    private static boolean isLatin(String word) {
        return word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '\'' || c == '-');
    }

    /** Text around the first match, the matched word marked. */
    public record Snippet(boolean cutBefore, String before, String match, String after, boolean cutAfter) {

        public String text() {
            return (cutBefore ? "…" : "") + before + match + after + (cutAfter ? "…" : "");
        }
    }

    /**
     * Up to {@code radius} characters either side of the earliest match of any term, cut at spaces;
     * the start of the text when the match was elsewhere (in a tag).
     */
    public static Snippet snippet(String text, List<String> terms, int radius) {
        String folded = foldSameLength(text);
        int at = -1;
        int length = 0;
        for (String term : terms) {
            int i = folded.indexOf(term);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                length = term.length();
            }
        }
        if (at < 0) {
            int end = cutForward(text, Math.min(text.length(), 2 * radius));
            return new Snippet(false, "", "", squash(text.substring(0, end)), end < text.length());
        }
        int matchEnd = at + length;
        while (matchEnd < text.length() && Character.isLetterOrDigit(text.charAt(matchEnd))) {
            matchEnd++;
        }
        int start = cutBackward(text, Math.max(0, at - radius), at);
        int end = cutForward(text, Math.min(text.length(), matchEnd + radius));
        return new Snippet(start > 0, squash(text.substring(start, at)), text.substring(at, matchEnd),
                squash(text.substring(matchEnd, end)), end < text.length());
    }

    /** Line breaks and runs of spaces read as one space in a snippet. */
    private static String squash(String part) {
        return part.replaceAll("\\s+", " ");
    }

    /** Lower case and ё → е character by character, so positions match the original text. */
    static String foldSameLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = Character.toLowerCase(chars[i]);
            chars[i] = c == 'ё' ? 'е' : c;
        }
        return new String(chars);
    }

    private static int cutBackward(String text, int from, int limit) {
        if (from == 0) {
            return 0;
        }
        int space = text.indexOf(' ', from);
        int start = space >= 0 && space < limit ? space + 1 : from;
        return Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }

    private static int cutForward(String text, int to) {
        if (to >= text.length()) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', to);
        int end = space > 0 && space > to - 30 ? space : to;
        return Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }
}
