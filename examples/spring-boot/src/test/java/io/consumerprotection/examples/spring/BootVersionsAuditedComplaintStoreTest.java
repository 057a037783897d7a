package io.consumerprotection.examples.spring;

import io.consumerprotection.jdbc.JdbcAuditSink;
import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.jdbc.JdbcSchema;
import io.consumerprotection.jdbc.TableNames;
import io.consumerprotection.jdbc.TransactionContext;
import io.consumerprotection.spi.contract.AuditedComplaintStoreContractTest;
import io.consumerprotection.spi.complaint.AuditedComplaintStore;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link AuditedComplaintStore} for the published JDBC module on the versions Spring Boot's dependency
 * management selects (this module's H2, Flyway, SLF4J and validation API come from Boot's BOM, not the SDK's).
 */
class BootVersionsAuditedComplaintStoreTest extends AuditedComplaintStoreContractTest {

    private JdbcConnectionPool pool;

    @Override
    protected AuditedComplaintStore newStore() {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:boot" + UUID.randomUUID(), "sa", "");
        JdbcSchema.on(pool, TableNames.defaults()).migrate();
        return new JdbcComplaintStore(pool, TableNames.defaults(), TransactionContext.none(), 7);
    }

    @AfterEach
    void close() {
        pool.dispose();
    }
}
