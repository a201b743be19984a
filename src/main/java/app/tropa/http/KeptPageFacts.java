package app.tropa.http;

/**
 * Something a kept page shows that is neither the learner's data nor the day, read cheaply on
 * every request and made part of the page's key (the backups' health, which moves without a
 * write to the database).
 */
public interface KeptPageFacts {

    /** A value equal to the last one exactly while what the pages show of it is unchanged. */
    Object current();
}
