package io.consumerprotection.testkit;

import io.consumerprotection.spi.contract.IncidentStoreContractTest;
import io.consumerprotection.spi.privacy.IncidentStore;

class InMemoryIncidentStoreTest extends IncidentStoreContractTest {

    @Override
    protected IncidentStore newStore() {
        return new InMemoryIncidentStore();
    }
}
