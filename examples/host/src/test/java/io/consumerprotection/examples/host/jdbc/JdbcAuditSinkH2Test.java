package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcAuditSink;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.contract.AuditSinkContractTest;
import org.junit.jupiter.api.AfterEach;

/** The spi contract of {@link AuditSink} for {@link JdbcAuditSink} on an in-memory H2 database. */
class JdbcAuditSinkH2Test extends AuditSinkContractTest {

    private JdbcHost host;

    @Override
    protected AuditSink newSink() {
        host = JdbcHost.h2InMemory();
        return host.auditSink();
    }

    @AfterEach
    void closeHost() {
        host.close();
    }
}
