package app.tropa.platform;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sees every SQL statement Hibernate sends, bulk deletes and native queries included, and tells
 * {@link DataVersion} about each one that is not a read.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class WriteInspector implements StatementInspector {

    @Inject
    DataVersion data;

    @Override
    public String inspect(String sql) {
        if (!isRead(sql)) {
            data.changed(sql);
        }
        return sql;
    }

    static boolean isRead(String sql) {
        String s = sql.stripLeading();
        return s.regionMatches(true, 0, "select", 0, 6) || s.regionMatches(true, 0, "with", 0, 4);
    }
}
