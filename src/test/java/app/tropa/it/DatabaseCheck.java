package app.tropa.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The integrity check after a crash: open the stopped app's database and read every row of every table in full. */
final class DatabaseCheck {

    private DatabaseCheck() {
    }

    /** Rows per table; any damaged page fails the read. */
    static Map<String, Integer> readEveryTable(Path data) throws SQLException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("tropa") + ";IFEXISTS=TRUE",
                "", "")) {
            for (String table : tables(c)) {
                rows.put(table, readAll(c, table));
            }
        }
        return rows;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        if (names.isEmpty()) {
            throw new SQLException("the database has no tables");
        }
        return names;
    }

    private static int readAll(Connection c, String table) throws SQLException {
        int count = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
                count++;
            }
        }
        return count;
    }
}
