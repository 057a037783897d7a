package io.consumerprotection.examples.host.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Reads the outbox table directly, for assertions. */
public final class OutboxTestRows {

    private OutboxTestRows() {
    }

    /** Every queued notification id, in queue order. */
    static List<String> ids(JdbcHost host) {
        return new ArrayList<>(statuses(host).keySet());
    }

    /** Status per notification id, in queue order. */
    static Map<String, String> statuses(JdbcHost host) {
        return column(host, "status");
    }

    /** Attempts per notification id, in queue order. */
    static Map<String, String> attempts(JdbcHost host) {
        return column(host, "attempts");
    }

    /** Status per notification id of an outbox table (qualified or prefixed as the data source needs), in queue order. */
    public static Map<String, String> statuses(DataSource dataSource, String table) {
        return column(dataSource, table, "status");
    }

    private static Map<String, String> column(JdbcHost host, String column) {
        return column(host.dataSource(), "notification_outbox", column);
    }

    private static Map<String, String> column(DataSource dataSource, String table, String column) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, " + column + " FROM " + table + " ORDER BY seq");
             ResultSet rs = s.executeQuery()) {
            Map<String, String> rows = new LinkedHashMap<>();
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
