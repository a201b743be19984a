package app.tropa.exchange;

import app.tropa.platform.AppMeta;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.Map;
import java.util.TreeMap;

/**
 * Test helper: imports set the data folder's facts (the learner's day one) from the file; other
 * tests count days from the real one, so tests that import put the facts back afterwards.
 */
final class DataFolderFacts {

    private DataFolderFacts() {
    }

    static Map<String, String> save() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> facts = new TreeMap<>();
            AppMeta.<AppMeta>listAll().forEach(m -> facts.put(m.key, m.value));
            return facts;
        });
    }

    static void restore(Map<String, String> facts) {
        QuarkusTransaction.requiringNew().run(() -> {
            AppMeta.deleteAll();
            facts.forEach(AppMeta::put);
        });
    }
}
