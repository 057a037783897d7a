package io.consumerprotection.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The port through which the JDBC components find the caller's transaction: when {@link #join} returns a
 * connection, the store, the outbox sender and the audit sink do their work on it, inside a savepoint, and
 * neither commit, roll back (beyond their savepoint) nor close it, so that the caller's commit or rollback covers
 * the complaint, its notifications and its audit record alike. When it returns empty, each call takes its own
 * connection from the data source and commits its own transaction.
 *
 * <p>The Spring Boot starter implements it with {@code DataSourceUtils}; {@link #none()} is for hosts that let
 * every call commit on its own. The outbox dispatcher and the streams ({@code stream}, {@code records}) always
 * use connections of their own.
 *
 * @implSpec Implementations are thread-safe: {@link #join} answers for the calling thread's transaction.
 */
@FunctionalInterface
public interface TransactionContext {

    /**
     * The connection of the calling thread's transaction on this data source, or empty when there is none.
     *
     * @throws SQLException when the caller's transaction has a connection that cannot be had
     */
    Optional<Connection> join(DataSource dataSource) throws SQLException;

    /** Gives back a connection {@link #join} returned, once the call is done with it; by default nothing. */
    default void release(Connection connection, DataSource dataSource) throws SQLException {
        // the caller's transaction owns the connection
    }

    /** No caller's transaction is ever joined: every call commits its own. */
    static TransactionContext none() {
        return dataSource -> Optional.empty();
    }
}
