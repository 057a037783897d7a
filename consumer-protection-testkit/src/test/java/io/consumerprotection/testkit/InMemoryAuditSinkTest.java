package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.contract.AuditSinkContractTest;

class InMemoryAuditSinkTest extends AuditSinkContractTest {

    @Override
    protected AuditSink newSink() {
        return new InMemoryAuditSink();
    }
}
