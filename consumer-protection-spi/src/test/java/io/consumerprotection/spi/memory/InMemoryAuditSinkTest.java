package io.consumerprotection.spi.memory;

import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.contract.AuditSinkContractTest;

class InMemoryAuditSinkTest extends AuditSinkContractTest {

    @Override
    protected AuditSink newSink() {
        return new InMemoryAuditSink();
    }
}
