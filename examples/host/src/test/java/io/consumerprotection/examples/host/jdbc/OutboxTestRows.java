package io.consumerprotection.examples.host.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the outbox table directly, for assertions. */
final class OutboxTestRows {

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

    private static Map<String, String> column(JdbcHost host, String column) {
        try (Connection c = host.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, " + column + " FROM notification_outbox ORDER BY seq");
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
