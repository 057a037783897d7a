package io.consumerprotection.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * A query result read as a {@link Stream} in pages by keyset: each page is one short, ordinary (not lazy)
 * query {@code … WHERE filter AND key > last key ORDER BY key LIMIT n} in auto-commit mode, so at most
 * {@code n} rows are in memory and no snapshot, transaction or open result is held between pages. The stream
 * keeps one connection until it is closed or read to its end (an embedded H2 database whose last connection
 * closes is closed too, and reopening it for every page would cost more than the page).
 *
 * <p>Why not one lazy cursor: H2 (2.3 to 2.5) releases the MVStore version a READ COMMITTED statement reads as
 * soon as {@code executeQuery} returns, even when the result is lazy ({@code LAZY_QUERY_EXECUTION}); the
 * lazy result then goes on reading pages of that version while the store compacts the file (on open, and in
 * the background), and fails with {@code MVStoreException: Chunk … not found} (H2 issues #4142, #4383). A
 * page is read whole inside its statement, while its version is still registered.
 *
 * <p>The key must be unique and the order it gives total ({@code received_at, id}; {@code seq}). Each row is
 * returned at most once and in key order; a row written during the stream is seen if its key is after the
 * page being read, and a row whose key changes during the stream may be seen twice or not at all.
 */
final class Cursor<T> extends Spliterators.AbstractSpliterator<T> implements AutoCloseable {

    /** Maps the current row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * What to read: {@code select} is {@code SELECT columns FROM table WHERE condition} (use
     * {@code WHERE 1 = 1} for none) with {@code parameters} bound in order; {@code keyColumns} are selected
     * columns that are unique together and indexed in this order.
     */
    record Query(String select, List<Object> parameters, List<String> keyColumns) {
        Query {
            Objects.requireNonNull(select, "select");
            parameters = List.copyOf(parameters);
            keyColumns = List.copyOf(keyColumns);
            if (keyColumns.isEmpty() || keyColumns.size() > 2) {
                throw new IllegalArgumentException("one or two key columns, was " + keyColumns);
            }
        }

        String firstPage() {
            return select + orderAndLimit();
        }

        /** {@code a > ?}, or {@code a >= ? AND (a > ? OR b > ?)}: a range on the index's first column. */
        String nextPage() {
            String a = keyColumns.get(0);
            if (keyColumns.size() == 1) {
                return select + " AND " + a + " > ?" + orderAndLimit();
            }
            String b = keyColumns.get(1);
            return select + " AND " + a + " >= ? AND (" + a + " > ? OR " + b + " > ?)" + orderAndLimit();
        }

        private String orderAndLimit() {
            return " ORDER BY " + String.join(", ", keyColumns) + " LIMIT ?";
        }
    }

    private final Connection connection;
    private final String operation;
    private final Query query;
    private final int pageSize;
    private final RowMapper<T> mapper;
    private final ArrayDeque<T> page = new ArrayDeque<>();
    private Object[] lastKey;
    private boolean lastPage;
    private boolean closed;

    private Cursor(Connection connection, String operation, Query query, int pageSize, RowMapper<T> mapper) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.connection = connection;
        this.operation = operation;
        this.query = query;
        this.pageSize = pageSize;
        this.mapper = mapper;
    }

    /**
     * The rows of the query in key order, read {@code pageSize} at a time. The first page is read before
     * this returns, so that a database that cannot be read fails here.
     */
    static <T> Stream<T> open(DataSource dataSource, String operation, Query query, int pageSize,
                              RowMapper<T> mapper) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new JdbcAccessException(operation, e);
        }
        Cursor<T> cursor = new Cursor<>(connection, operation, query, pageSize, mapper);
        try {
            cursor.readPage();
        } catch (RuntimeException | Error e) {
            cursor.close();
            throw e;
        }
        return StreamSupport.stream(cursor, false).onClose(cursor::close);
    }

    @Override
    public synchronized boolean tryAdvance(Consumer<? super T> action) {
        if (closed) {
            return false;
        }
        if (page.isEmpty() && !lastPage) {
            readPage();
        }
        T next = page.pollFirst();
        if (next == null) {
            close();
            return false;
        }
        action.accept(next);
        return true;
    }

    private void readPage() {
        String sql = lastKey == null ? query.firstPage() : query.nextPage();
        try (PreparedStatement s = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            int i = 1;
            for (Object p : query.parameters()) {
                s.setObject(i++, p);
            }
            if (lastKey != null) {
                s.setObject(i++, lastKey[0]);
                if (lastKey.length == 2) {
                    s.setObject(i++, lastKey[0]);
                    s.setObject(i++, lastKey[1]);
                }
            }
            s.setInt(i, pageSize);
            s.setFetchSize(pageSize);
            int rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    page.addLast(mapper.map(rs));
                    Object[] key = new Object[query.keyColumns().size()];
                    for (int k = 0; k < key.length; k++) {
                        key[k] = rs.getObject(query.keyColumns().get(k));
                    }
                    lastKey = key;
                    rows++;
                }
            }
            lastPage = rows < pageSize;
        } catch (SQLException e) {
            close();
            throw new JdbcAccessException(operation, e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        page.clear();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }
}
