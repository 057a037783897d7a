package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcAuditSink;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.contract.AuditSinkContractTest;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link AuditSink} for {@link JdbcAuditSink} on MariaDB/MySQL (skipped when no server is reachable). */
class JdbcAuditSinkMariaDbTest extends AuditSinkContractTest {

    private JdbcHost host;
    private String schema;

    @Override
    protected AuditSink newSink() {
        schema = TestDatabases.uniqueSchema();
        host = TestDatabases.mariadbHost(schema);
        return host.auditSink();
    }

    @AfterEach
    void closeHost() {
        if (host != null) {
            host.close();
            TestDatabases.dropMariadbDatabase(schema);
        }
    }
}
