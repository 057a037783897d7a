package io.consumerprotection.testkit;

import io.consumerprotection.spi.complaint.AtomicComplaintStore;
import io.consumerprotection.spi.contract.AtomicComplaintStoreContractTest;

class InMemoryComplaintStoreTest extends AtomicComplaintStoreContractTest {

    @Override
    protected AtomicComplaintStore newStore() {
        return new InMemoryComplaintStore();
    }
}
