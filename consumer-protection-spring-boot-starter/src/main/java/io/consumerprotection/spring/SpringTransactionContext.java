package io.consumerprotection.spring;

import io.consumerprotection.jdbc.TransactionContext;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link TransactionContext} of Spring: inside an active Spring transaction ({@code @Transactional},
 * {@code TransactionTemplate}) the JDBC components work on that transaction's connection, obtained and given back
 * through {@link DataSourceUtils}, so that the transaction's commit or rollback decides for the complaint, its
 * notifications and its audit record. Outside one, they commit their own.
 */
public final class SpringTransactionContext implements TransactionContext {

    @Override
    public Optional<Connection> join(DataSource dataSource) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        return Optional.of(DataSourceUtils.getConnection(dataSource));
    }

    @Override
    public void release(Connection connection, DataSource dataSource) {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }
}
