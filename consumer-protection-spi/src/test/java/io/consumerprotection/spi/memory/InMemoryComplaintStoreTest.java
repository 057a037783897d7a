package io.consumerprotection.spi.memory;

import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.contract.ComplaintStoreContractTest;

class InMemoryComplaintStoreTest extends ComplaintStoreContractTest {

    @Override
    protected ComplaintStore newStore() {
        return new InMemoryComplaintStore();
    }
}
