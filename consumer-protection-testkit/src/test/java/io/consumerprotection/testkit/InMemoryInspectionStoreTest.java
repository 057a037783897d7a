package io.consumerprotection.testkit;

import io.consumerprotection.spi.contract.InspectionStoreContractTest;
import io.consumerprotection.spi.inspection.InspectionStore;

class InMemoryInspectionStoreTest extends InspectionStoreContractTest {

    @Override
    protected InspectionStore newStore() {
        return new InMemoryInspectionStore();
    }
}
