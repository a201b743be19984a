package app.tropa;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Test helper: forget everything the learner did, so each test starts fresh. Empties every
 * table but Flyway's history and the data folder's own facts, so new features need no change here.
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
        });
    }
}
