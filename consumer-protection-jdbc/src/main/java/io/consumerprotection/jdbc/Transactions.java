package io.consumerprotection.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The units of work of the store's saves, the sender's inserts and the sink's appends: on the caller's
 * transaction when the {@link TransactionContext} has one (inside a savepoint, so that a refused save leaves the
 * caller's earlier work as it was), otherwise on a connection and transaction of their own.
 *
 * <p>A transaction of their own on H2 runs under REPEATABLE READ: under READ COMMITTED, H2 2.x's MVStore on a
 * file database sometimes grants a row lock on a stale committed version while it rewrites chunks in the
 * background (auto-compaction), so that two {@code UPDATE … WHERE version = ?} from the same version both succeed
 * and one change is lost ({@code SaveRaceTest}: about one race in five lost saves; none with REPEATABLE READ, none
 * in memory, none with auto-compaction off). Under REPEATABLE READ H2 also compares the row it locks with the
 * transaction's snapshot and fails the statement when they differ (90131 or 40001: a version conflict for a
 * complaint, another attempt for the audit chain's head). PostgreSQL stays at its READ COMMITTED default (its
 * UPDATE re-reads the locked row), and MariaDB/MySQL at their REPEATABLE READ default (their UPDATE is a locking
 * read of the latest version). A joined transaction keeps the isolation level its owner chose: a host on an H2
 * file database sets REPEATABLE READ on its pool.
 */
final class Transactions {

    private final DataSource dataSource;
    private final TransactionContext context;
    private volatile Boolean h2;

    Transactions(DataSource dataSource, TransactionContext context) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.context = Objects.requireNonNull(context, "transactionContext");
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs a read on the caller's connection (so it sees the caller's uncommitted writes) or on one of its own in
     * auto-commit mode.
     */
    <T> T read(String operation, Work<T> work) {
        try {
            Optional<Connection> joined = context.join(dataSource);
            if (joined.isPresent()) {
                Connection c = joined.get();
                try {
                    return work.run(c);
                } finally {
                    context.release(c, dataSource);
                }
            }
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw new JdbcAccessException(operation, e);
        }
    }

    /**
     * Runs a write as one unit of work ({@link #begin}): committed (or released into the caller's transaction)
     * when {@code work} returns, undone when it throws; a {@link RuntimeException} passes through as it is, an
     * {@link SQLException} becomes a {@link JdbcAccessException} naming {@code operation}.
     */
    <T> T write(String operation, Work<T> work) {
        try (Unit unit = begin()) {
            try {
                T result = work.run(unit.connection());
                unit.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                unit.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new JdbcAccessException(operation, e);
        }
    }

    /** Begins a unit of work: the caller's transaction (a savepoint on it) or a transaction of its own. */
    Unit begin() throws SQLException {
        Optional<Connection> joined = context.join(dataSource);
        if (joined.isPresent()) {
            Connection c = joined.get();
            try {
                return new Unit(c, c.setSavepoint(), -1);
            } catch (SQLException | RuntimeException e) {
                context.release(c, dataSource);
                throw e;
            }
        }
        Connection c = dataSource.getConnection();
        try {
            int isolation = c.getTransactionIsolation();
            if (isH2(c) && isolation != Connection.TRANSACTION_REPEATABLE_READ) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            c.setAutoCommit(false);
            return new Unit(c, null, isolation);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * One unit of work: {@link #commit} ends it (the own transaction committed, or the savepoint released into the
     * caller's transaction), {@link #rollback} undoes it, {@link #close} gives the connection back.
     */
    final class Unit implements AutoCloseable {
        private final Connection connection;
        private final Savepoint savepoint;
        private final int isolation;

        private Unit(Connection connection, Savepoint savepoint, int isolation) {
            this.connection = connection;
            this.savepoint = savepoint;
            this.isolation = isolation;
        }

        Connection connection() {
            return connection;
        }

        /** Whether this unit runs in the caller's transaction (then it cannot be tried again on its own). */
        boolean joined() {
            return savepoint != null;
        }

        void commit() throws SQLException {
            if (savepoint == null) {
                connection.commit();
            } else {
                try {
                    connection.releaseSavepoint(savepoint);
                } catch (java.sql.SQLFeatureNotSupportedException ignored) {
                    // the savepoint ends with the caller's transaction
                }
            }
        }

        /** Undoes this unit's work, quietly: the connection is given back next. */
        void rollback() {
            try {
                if (savepoint == null) {
                    connection.rollback();
                } else {
                    connection.rollback(savepoint);
                }
            } catch (SQLException ignored) {
                // an own transaction ends when its connection closes; a caller's is the caller's to end
            }
        }

        @Override
        public void close() throws SQLException {
            if (savepoint != null) {
                context.release(connection, dataSource);
                return;
            }
            try {
                connection.rollback(); // nothing left after a commit; a unit that threw is undone
                if (connection.getTransactionIsolation() != isolation) {
                    connection.setTransactionIsolation(isolation);
                }
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed next; a pool that reuses it resets it or drops it
            } finally {
                connection.close();
            }
        }
    }

    /**
     * Whether the database is H2, from the product name its driver reports; any other product (PostgreSQL, MariaDB,
     * or a compatible one that reports its own name) keeps the isolation level of its connections.
     */
    private boolean isH2(Connection c) throws SQLException {
        Boolean known = h2;
        if (known == null) {
            known = "H2".equals(c.getMetaData().getDatabaseProductName());
            h2 = known;
        }
        return known;
    }
}
