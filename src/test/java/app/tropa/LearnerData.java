package app.tropa;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Test helper: forget everything the learner did, so each test starts fresh. Empties every
 * table but Flyway's history and the data folder's own facts, so new features need no change here.
 * A wiped learner is past the welcome (as if they had chosen to start from the beginning), so
 * {@code /} is the dashboard; {@link #firstVisit()} brings the welcome back.
 */
public final class LearnerData {

    private LearnerData() {
    }

    @SuppressWarnings("unchecked")
    public static void wipe() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
            List<String> tables = em.createNativeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'").getResultList();
            em.createNativeQuery("SET REFERENTIAL_INTEGRITY FALSE").executeUpdate();
            for (String table : tables) {
                if (!table.equalsIgnoreCase("flyway_schema_history") && !table.equalsIgnoreCase("app_meta")) {
                    em.createNativeQuery("DELETE FROM \"" + table + "\"").executeUpdate();
                }
            }
            em.createNativeQuery("SET REFERENTIAL_INTEGRITY TRUE").executeUpdate();
            em.createNativeQuery("MERGE INTO app_meta (meta_key, meta_value) KEY (meta_key) VALUES (?1, ?2)")
                    .setParameter(1, WELCOME_PASSED).setParameter(2, "2020-01-01T00:00:00Z").executeUpdate();
        });
    }

    /** The mark {@code app.tropa.pages.FirstVisit} leaves once the learner starts from the beginning. */
    public static final String WELCOME_PASSED = "welcome.passed-at";

    /** A data folder as a newcomer finds it: nothing of the learner's, the welcome not yet passed. */
    public static void firstVisit() {
        wipe();
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("DELETE FROM app_meta WHERE meta_key LIKE 'welcome.%'").executeUpdate());
    }
}
