package io.consumerprotection.core;

import io.consumerprotection.spi.complaint.AuditedComplaintStore;
import io.consumerprotection.spi.contract.AuditedComplaintStoreContractTest;

/** The test double meets the contract it stands in for. */
class AuditedMemoryStoreTest extends AuditedComplaintStoreContractTest {

    @Override
    protected AuditedComplaintStore newStore() {
        return new AuditedMemoryStore();
    }
}
