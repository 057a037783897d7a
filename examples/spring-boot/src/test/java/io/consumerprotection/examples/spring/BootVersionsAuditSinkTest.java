package io.consumerprotection.examples.spring;

import io.consumerprotection.jdbc.JdbcAuditSink;
import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.jdbc.JdbcSchema;
import io.consumerprotection.jdbc.TableNames;
import io.consumerprotection.jdbc.TransactionContext;
import io.consumerprotection.spi.contract.AuditSinkContractTest;
import io.consumerprotection.spi.audit.AuditSink;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link AuditSink} for the published JDBC module on the versions Spring Boot's dependency
 * management selects (this module's H2, Flyway, SLF4J and validation API come from Boot's BOM, not the SDK's).
 */
class BootVersionsAuditSinkTest extends AuditSinkContractTest {

    private JdbcConnectionPool pool;

    @Override
    protected AuditSink newSink() {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:boot" + UUID.randomUUID(), "sa", "");
        JdbcSchema.on(pool, TableNames.defaults()).migrate();
        return new JdbcAuditSink(pool, TableNames.defaults(), TransactionContext.none());
    }

    @AfterEach
    void close() {
        pool.dispose();
    }
}
