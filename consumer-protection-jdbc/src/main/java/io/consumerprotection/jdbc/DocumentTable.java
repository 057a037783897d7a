package io.consumerprotection.jdbc;

import io.consumerprotection.spi.StaleWriteException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A table of versioned JSON documents (V8): a row is {@code id, version, [one sort column], body}. Saves are
 * optimistic: an {@code INSERT} for version 1 (a unique violation: the id is taken) or an
 * {@code UPDATE … WHERE id = ? AND version = ?} (no row: another writer came first), in one transaction
 * ({@link Transactions}: REPEATABLE READ on H2). Either conflict is a {@link StaleWriteException} naming the
 * version the table holds.
 */
final class DocumentTable {

    /** One sort value bound into the insert and update. */
    interface Binder {
        void bind(PreparedStatement s, int index) throws SQLException;
    }

    private final DataSource dataSource;
    private final String table;
    private final String kind;
    private final String sortColumn;
    private final Transactions transactions;

    DocumentTable(DataSource dataSource, String table, String kind, String sortColumn) {
        this.dataSource = dataSource;
        this.transactions = new Transactions(dataSource, TransactionContext.none());
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
        try (Transactions.Unit unit = transactions.begin()) {
            Connection c = unit.connection();
            try {
                int n;
                if (expectedVersion == 0) {
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
                        n = s.executeUpdate();
                    }
                } else {
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
                        n = s.executeUpdate();
                    }
                }
                if (n != 1) {
                    unit.rollback();
                    throw new StaleWriteException(kind, id, expectedVersion, version(id));
                }
                unit.commit();
            } catch (SQLException e) {
                unit.rollback();
                if (Columns.isUniqueViolation(e) || Columns.isConcurrentUpdate(e)) {
                    throw new StaleWriteException(kind, id, expectedVersion, version(id));
                }
                throw new JdbcAccessException("saving " + kind + " " + id, e);
            }
        } catch (SQLException e) {
            throw new JdbcAccessException("saving " + kind + " " + id, e);
        }
    }

    /** Appends a row once ({@link IllegalStateException} for a repeated id). */
    void append(String id, Binder sort, String body) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (id, " + sortColumn + ", body) VALUES (?, ?, ?)")) {
            s.setString(1, id);
            sort.bind(s, 2);
            s.setString(3, body);
            s.executeUpdate();
        } catch (SQLException e) {
            if (Columns.isUniqueViolation(e)) {
                throw new IllegalStateException(kind + " " + id + " was already recorded");
            }
            throw new JdbcAccessException("appending " + kind + " " + id, e);
        }
    }

    private long version(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new JdbcAccessException("reading the version of " + kind + " " + id, e);
        }
    }

    Optional<String> find(String id) {
        List<String> found = query("SELECT body FROM " + table + " WHERE id = ?", (s, i) -> s.setString(i, id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The bodies of every row, or of the rows whose sort column lies in {@code [from, to]} / {@code [from, to)}. */
    List<String> query(String sql, Binder... binders) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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
        } catch (SQLException e) {
            throw new JdbcAccessException("reading " + kind, e);
        }
    }

    String table() {
        return table;
    }
}
