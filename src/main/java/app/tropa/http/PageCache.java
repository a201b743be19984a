package app.tropa.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered pages kept by everything they depend on, so a page is rendered once per change of the
 * learner's data instead of once per request. Within a byte budget: the least recently served go
 * first. The form token is never kept: a kept page holds a marker where it goes, and each browser
 * gets its own token put in as the page is served.
 */
public final class PageCache {

    /**
     * What a kept page depends on: the route with its query, the language, the theme, whether
     * sign-in is on, the host it was asked by, the data version when its rendering began, and the
     * learner's day and zone (on this day, letters, today's question and dates turn over at
     * midnight in the learner's zone), and the facts outside the database it shows ({@link KeptPageFacts}).
     */
    public record Key(String route, String lang, String theme, boolean signIn, String host, long dataVersion,
            LocalDate day, String zone, Object facts) {
    }

    /**
     * A kept page: its bytes around each place the form token goes, a tag for its content, and the
     * instant it stops being true without any write (null: not before the data changes).
     */
    public record Kept(List<byte[]> parts, String tag, int size, Instant until) {

        static Kept of(String html, String marker) {
            return of(html, marker, null);
        }

        static Kept of(String html, String marker, Instant until) {
            List<byte[]> parts = new ArrayList<>();
            int from = 0;
            for (int at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, from)) {
                parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
                from = at + marker.length();
            }
            parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
            int size = parts.stream().mapToInt(p -> p.length).sum();
            return new Kept(List.copyOf(parts), hash(html), size, until);
        }

        /** The page for one browser: its form token in every form. */
        public byte[] with(String token) {
            byte[] t = token.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[size + t.length * (parts.size() - 1)];
            int at = 0;
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    System.arraycopy(t, 0, out, at, t.length);
                    at += t.length;
                }
                byte[] p = parts.get(i);
                System.arraycopy(p, 0, out, at, p.length);
                at += p.length;
            }
            return out;
        }

        /** The entity tag one browser sees: the content's and its own token's, so no two browsers share one. */
        public String etag(String token) {
            return "\"" + tag + "-" + hash(token).substring(0, 12) + "\"";
        }
    }

    private final long maxBytes;
    private final Map<Key, Kept> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The page kept under {@code key}, unless the clock has reached the instant it stops being true. */
    public synchronized Optional<Kept> get(Key key, Instant now) {
        Kept kept = pages.get(key);
        if (kept != null && kept.until() != null && !now.isBefore(kept.until())) {
            pages.remove(key);
            bytes -= kept.size();
            return Optional.empty();
        }
        return Optional.ofNullable(kept);
    }

    /** Keeps the page; older ones leave when the budget is exceeded, and a page larger than all of it is not kept. */
    public synchronized void put(Key key, Kept page) {
        if (page.size() > maxBytes) {
            return;
        }
        Kept old = pages.put(key, page);
        bytes += page.size() - (old == null ? 0 : old.size());
        var oldest = pages.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().getValue().size();
            oldest.remove();
        }
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized int size() {
        return pages.size();
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
