package app.tropa.exchange;

import app.tropa.glossary.TermSlug;

/**
 * Names made from data for files inside an export (and Anki tags): only {@code [a-z0-9-]}, so no
 * name can climb out of its folder, hide as a dot file or break a link.
 */
final class Slugs {

    static final int MAX = 50;

    private Slugs() {
    }

    /** A file name part from an id or a title; {@code fallback} when nothing usable is left. */
    static String of(String text, String fallback) {
        return of(text, fallback, MAX);
    }

    static String of(String text, String fallback, int max) {
        String slug = text == null ? "" : TermSlug.of(text);
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** An id as a tag: the same rule. */
    static String tag(String id) {
        return of(id, "unknown");
    }
}
