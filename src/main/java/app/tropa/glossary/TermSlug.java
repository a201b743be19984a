package app.tropa.glossary;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The id of a learner's own term, made from its title so that it reads like the curriculum's
 * ids ({@code [a-z0-9]+(-[a-z0-9]+)*}) and works in any address: lower case, Cyrillic
 * transliterated (a simple scheme close to the common passport one: ж zh, х kh, ц ts, щ shch,
 * ю yu, я ya, й and ы y, ъ and ь dropped), accents dropped, everything else a single hyphen,
 * at most {@value #MAX_LENGTH} characters. "Горизонт дыхания" becomes {@code gorizont-dykhaniya}.
 */
public final class TermSlug {

    public static final int MAX_LENGTH = 80;

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"),
            Map.entry('ґ', "g"), Map.entry('ў', "u"));

    private TermSlug() {
    }

    /** The slug of a title; empty when the title has no letter or digit that fits. */
    public static String of(String title) {
        StringBuilder latin = new StringBuilder();
        for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
            String mapped = CYRILLIC.get(c);
            latin.append(mapped != null ? mapped : String.valueOf(c));
        }
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        // Kept review questions are keyed question-<digits> beside the terms; a term never takes that shape.
        return slug.matches("question-[0-9]+") ? slug + "-term" : slug;
    }
}
