package io.consumerprotection.jdbc;

import io.consumerprotection.spi.StaleWriteException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table of versioned JSON documents (V8): a row is {@code id, version, [one sort column], body}. Saves are
 * optimistic: an {@code INSERT} for version 1 (a unique violation: the id is taken) or an
 * {@code UPDATE … WHERE id = ? AND version = ?} (no row: another writer came first), one unit of work of
 * {@link Transactions} (the caller's transaction when there is one, inside a savepoint; otherwise its own,
 * REPEATABLE READ on H2). Either conflict is a {@link StaleWriteException} naming the version the table holds.
 * Reads run on the caller's connection when there is one, so they see its uncommitted writes.
 */
final class DocumentTable {

    /** One sort value bound into the insert and update. */
    interface Binder {
        void bind(PreparedStatement s, int index) throws SQLException;
    }

    /** A conflict found inside the unit of work, reported once the unit is undone. */
    private static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict() {
            super(null, null, false, false);
        }
    }

    private final String table;
    private final String kind;
    private final String sortColumn;
    private final Transactions transactions;

    /**
     * @param table      the table's qualified name ({@link TableNames#table(String)})
     * @param sortColumn the sort column, or {@code null} for none
     */
    DocumentTable(Transactions transactions, String table, String kind, String sortColumn) {
        this.transactions = transactions;
        this.table = table;
        this.kind = kind;
        this.sortColumn = sortColumn;
    }

    /** The qualified table name (schema and prefix applied), for the caller's queries. */
    String name() {
        return table;
    }

    void save(String id, long expectedVersion, long newVersion, Binder sort, String body) {
        if (newVersion != expectedVersion + 1) {
            throw new IllegalArgumentException("the record's version must be expectedVersion + 1");
        }
        try {
            transactions.write("saving " + kind, c -> {
                int n;
                try {
                    n = expectedVersion == 0 ? insert(c, id, newVersion, sort, body)
                            : update(c, id, expectedVersion, newVersion, sort, body);
                } catch (SQLException e) {
                    if (Columns.isUniqueViolation(e) || Columns.isConcurrentUpdate(e)) {
                        throw new Conflict();
                    }
                    throw e;
                }
                if (n != 1) {
                    throw new Conflict();
                }
                return null;
            });
        } catch (Conflict e) {
            throw new StaleWriteException(kind, id, expectedVersion, version(id));
        }
    }

    private int insert(Connection c, String id, long newVersion, Binder sort, String body) throws SQLException {
        String sql = sortColumn == null ? "INSERT INTO " + table + " (id, version, body) VALUES (?, ?, ?)"
                : "INSERT INTO " + table + " (id, version, " + sortColumn + ", body) VALUES (?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setString(i++, id);
            s.setLong(i++, newVersion);
            if (sortColumn != null) {
                sort.bind(s, i++);
            }
            s.setString(i, body);
            return s.executeUpdate();
        }
    }

    private int update(Connection c, String id, long expectedVersion, long newVersion, Binder sort, String body)
            throws SQLException {
        String sql = "UPDATE " + table + " SET version = ?, " + (sortColumn == null ? "" : sortColumn + " = ?, ")
                + "body = ? WHERE id = ? AND version = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, newVersion);
            if (sortColumn != null) {
                sort.bind(s, i++);
            }
            s.setString(i++, body);
            s.setString(i++, id);
            s.setLong(i, expectedVersion);
            return s.executeUpdate();
        }
    }

    /** Appends a row once ({@link IllegalStateException} for a repeated id). */
    void append(String id, Binder sort, String body) {
        transactions.write("appending " + kind, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO " + table + " (id, " + sortColumn + ", body) VALUES (?, ?, ?)")) {
                s.setString(1, id);
                sort.bind(s, 2);
                s.setString(3, body);
                return s.executeUpdate();
            } catch (SQLException e) {
                if (Columns.isUniqueViolation(e)) {
                    throw new IllegalStateException(kind + " " + id + " was already recorded");
                }
                throw e;
            }
        });
    }

    private long version(String id) {
        return transactions.read("reading the version of " + kind, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0L;
                }
            }
        });
    }

    Optional<String> find(String id) {
        List<String> found = query("WHERE id = ?", (s, i) -> s.setString(i, id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The bodies of the rows that meet {@code where} (a condition on the columns, {@code WHERE …}, or empty for
     * every row) with {@code binders} bound in order.
     */
    List<String> query(String where, Binder... binders) {
        String sql = "SELECT body FROM " + table + (where.isEmpty() ? "" : " " + where);
        return transactions.read("reading " + kind, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < binders.length; i++) {
                    binders[i].bind(s, i + 1);
                }
                List<String> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
                return out;
            }
        });
    }

    String table() {
        return table;
    }
}
