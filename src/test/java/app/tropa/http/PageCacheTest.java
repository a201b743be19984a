package app.tropa.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageCacheTest {

    private static final String MARKER = "tropa-form-token-0123";
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private static PageCache.Key key(String route, long version) {
        return new PageCache.Key(route, "en", "system", false, "localhost", version, LocalDate.of(2026, 12, 3), "UTC",
                java.util.List.of(0L));
    }

    private static PageCache.Kept page(int bytes) {
        return PageCache.Kept.of("x".repeat(bytes), MARKER);
    }

    @Test
    void eachBrowsersTokenGoesWhereverTheFormsHadIt() {
        PageCache.Kept kept = PageCache.Kept.of("<input value=\"" + MARKER + "\"><p>дневник</p><input value=\""
                + MARKER + "\">", MARKER);
        assertEquals("<input value=\"AAA\"><p>дневник</p><input value=\"AAA\">",
                new String(kept.with("AAA"), StandardCharsets.UTF_8));
        assertEquals("<input value=\"BB\"><p>дневник</p><input value=\"BB\">",
                new String(kept.with("BB"), StandardCharsets.UTF_8));
        assertNotEquals(kept.etag("AAA"), kept.etag("BB"));
    }

    @Test
    void theLeastRecentlyServedLeaveWhenTheBudgetIsExceeded() {
        PageCache cache = new PageCache(1000);
        cache.put(key("/journal", 1), page(400));
        cache.put(key("/path/a", 1), page(400));
        cache.get(key("/journal", 1), NOW);
        cache.put(key("/path/b", 1), page(400));

        assertTrue(cache.get(key("/journal", 1), NOW).isPresent(), "served lately, so kept");
        assertTrue(cache.get(key("/path/a", 1), NOW).isEmpty(), "the least recently served left");
        assertEquals(800, cache.bytes());
    }

    @Test
    void aPageLargerThanTheWholeBudgetIsNotKeptAndABudgetOfNothingKeepsNothing() {
        PageCache cache = new PageCache(100);
        cache.put(key("/journal", 1), page(101));
        assertEquals(0, cache.size());
        PageCache none = new PageCache(0);
        none.put(key("/journal", 1), page(1));
        assertEquals(0, none.size());
    }

    @Test
    void aNewerDataVersionIsAnotherPage() {
        PageCache cache = new PageCache(1000);
        cache.put(key("/journal", 1), page(10));
        assertTrue(cache.get(key("/journal", 2), NOW).isEmpty());
    }

    @Test
    void aPageIsServedUntilTheInstantItStopsBeingTrueAndNotFromThen() {
        PageCache cache = new PageCache(1000);
        Instant due = NOW.plusSeconds(90);
        cache.put(key("/", 1), PageCache.Kept.of("3 cards due", MARKER, due));
        assertTrue(cache.get(key("/", 1), due.minusNanos(1)).isPresent(), "a nanosecond before, still true");
        assertTrue(cache.get(key("/", 1), due).isEmpty(), "from then, rendered again");
        assertEquals(0, cache.bytes(), "and its bytes are given back");
    }

    @Test
    void otherFactsThanTheDataAreAnotherPage() {
        PageCache cache = new PageCache(1000);
        cache.put(key("/", 1), page(10));
        PageCache.Key backupFailed = new PageCache.Key("/", "en", "system", false, "localhost", 1,
                LocalDate.of(2026, 12, 3), "UTC", java.util.List.of(1L));
        assertTrue(cache.get(backupFailed, NOW).isEmpty());
    }

    @Test
    void ifNoneMatchAcceptsListsAndWeakTags() {
        assertTrue(PageCacheFilter.matches("W/\"a-b\", \"c-d\"", "\"c-d\""));
        assertTrue(PageCacheFilter.matches("W/\"a-b\"", "\"a-b\""));
        assertTrue(!PageCacheFilter.matches("\"a-b\"", "\"a-c\"") && !PageCacheFilter.matches(null, "\"a\""));
    }
}
