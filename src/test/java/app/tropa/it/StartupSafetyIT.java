package app.tropa.it;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up refuses what would put data at risk, and carries older data folders forward. */
class StartupSafetyIT {

    @TempDir
    Path data;

    @Test
    void shouldRefuseToListenBeyondThisMachineWithoutPassword() {
        AppProcess app = AppProcess.launch(data, "quarkus.http.host=0.0.0.0");

        assertNotEquals(0, app.awaitExit());
        assertTrue(app.output().contains("no password is set"), app.output());
        assertTrue(app.output().contains("tropa.auth.password-hash"), app.output());
    }

    @Test
    void shouldRefuseATutorModelBeyondThisMachineAndNameTheKeyThatAllowsIt() {
        AppProcess app = AppProcess.launch(data, "tropa.tutor.base-url=http://tutor.example.invalid:11434/v1");

        assertNotEquals(0, app.awaitExit());
        assertTrue(app.output().contains("is not on this machine"), app.output());
        assertTrue(app.output().contains("tropa.tutor.allow-remote=true"), app.output());
    }

    @Test
    void shouldMigrateDataFolderFromAnOlderVersion() throws Exception {
        flyway().target("1").load().migrate();
        sql("INSERT INTO app_meta (meta_key, meta_value) VALUES ('written-by', 'schema 1')");

        try (AppProcess app = AppProcess.start(data)) {
            assertEquals(200, app.get("/api/progress").statusCode());
        }

        assertEquals("schema 1", query("SELECT meta_value FROM app_meta WHERE meta_key = 'written-by'"));
        assertTrue(Integer.parseInt(query("SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\"")) >= 2);
    }

    @Test
    void shouldRefuseDataFolderFromANewerVersionWithoutTouchingIt() throws Exception {
        flyway().load().migrate();
        sql("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                + "VALUES (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'tropa', 1, TRUE)");
        String before = query("SELECT COUNT(*) FROM \"flyway_schema_history\"");

        AppProcess app = AppProcess.launch(data);

        assertNotEquals(0, app.awaitExit());
        assertTrue(app.output().contains("was written by a newer version of Tropa (database schema 999"), app.output());
        assertEquals(before, query("SELECT COUNT(*) FROM \"flyway_schema_history\""));
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(url(), "", "").locations("classpath:db/migration");
    }

    private String url() {
        return "jdbc:h2:file:" + data.resolve("tropa");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private String query(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(statement)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
