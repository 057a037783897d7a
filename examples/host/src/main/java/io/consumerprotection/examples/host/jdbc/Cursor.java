package io.consumerprotection.examples.host.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * A lazily read query result as a {@link Stream}: one connection, a forward-only cursor with a fetch size
 * and auto-commit off (PostgreSQL only honours the fetch size inside a transaction), and on H2 lazy query
 * execution, so rows come from the database in batches and never all at once. Closing the stream, or reading it to its end, closes the
 * result set, the statement and the connection.
 */
final class Cursor<T> extends Spliterators.AbstractSpliterator<T> implements AutoCloseable {

    /** Binds the parameters of the prepared statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Maps the current row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final String operation;
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final RowMapper<T> mapper;
    private boolean closed;

    private Cursor(String operation, Connection connection, PreparedStatement statement, ResultSet rows,
                   RowMapper<T> mapper) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.operation = operation;
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.mapper = mapper;
    }

    static <T> Stream<T> open(DataSource dataSource, String operation, String sql, int fetchSize, Binder binder,
                              RowMapper<T> mapper) {
        Connection connection = null;
        PreparedStatement statement = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                // H2 otherwise builds the whole result (in memory, then in a temporary file) before the first row
                try (Statement lazy = connection.createStatement()) {
                    lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
                }
            }
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            binder.bind(statement);
            ResultSet rows = statement.executeQuery();
            Cursor<T> cursor = new Cursor<>(operation, connection, statement, rows, mapper);
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (SQLException e) {
            closeQuietly(statement, connection);
            throw new JdbcAccessException(operation, e);
        } catch (RuntimeException | Error e) {
            closeQuietly(statement, connection);
            throw e;
        }
    }

    @Override
    public synchronized boolean tryAdvance(Consumer<? super T> action) {
        if (closed) {
            return false;
        }
        T next;
        try {
            if (!rows.next()) {
                close();
                return false;
            }
            next = mapper.map(rows);
        } catch (SQLException e) {
            close();
            throw new JdbcAccessException(operation, e);
        }
        action.accept(next);
        return true;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rows.close();
        } catch (SQLException ignored) {
            // closing the statement and the connection below releases it too
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // read-only transaction: nothing to undo; the connection is closed next
        }
        closeQuietly(statement, connection);
    }

    private static void closeQuietly(PreparedStatement statement, Connection connection) {
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // the connection is closed next, which releases the statement
            }
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }
    }
}
