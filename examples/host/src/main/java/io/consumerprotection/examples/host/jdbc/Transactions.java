package io.consumerprotection.examples.host.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The transactions of the store's saves and the sink's appends. On H2 they run under
 * REPEATABLE READ: under READ COMMITTED, H2 2.x's MVStore on a file database sometimes grants a row lock
 * on a stale committed version while it rewrites chunks in the background (auto-compaction), so that two
 * {@code UPDATE … WHERE version = ?} from the same version both succeed and one change is lost
 * ({@code SaveRaceTest}: about one race in five lost saves; none with REPEATABLE READ, none in memory,
 * none with auto-compaction off). Under REPEATABLE READ H2 also compares the row it locks with the
 * transaction's snapshot and fails the statement when they differ (90131 or 40001: a version conflict for a
 * complaint, another attempt for the audit chain's head). PostgreSQL stays at its READ COMMITTED default (its UPDATE re-reads the locked row), and
 * MariaDB/MySQL at their REPEATABLE READ default (their UPDATE is a locking read of the latest version).
 */
final class Transactions {

    private volatile Dialect dialect;

    /** Starts a transaction (auto-commit off, REPEATABLE READ on H2); returns the isolation level to restore. */
    int begin(Connection c) throws SQLException {
        int isolation = c.getTransactionIsolation();
        if (dialect(c) == Dialect.H2 && isolation != Connection.TRANSACTION_REPEATABLE_READ) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        c.setAutoCommit(false);
        return isolation;
    }

    /** Restores the isolation level {@link #begin} changed, ending whatever is left of the transaction. */
    static void end(Connection c, int isolation) {
        try {
            if (c.getTransactionIsolation() != isolation) {
                c.rollback();
                c.setTransactionIsolation(isolation);
            }
        } catch (SQLException ignored) {
            // the connection is closed next; a pool that reuses it resets it or drops it
        }
    }

    private Dialect dialect(Connection c) throws SQLException {
        Dialect d = dialect;
        if (d == null) {
            d = Dialect.of(c);
            dialect = d;
        }
        return d;
    }
}
