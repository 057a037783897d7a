package io.consumerprotection.testkit;

import io.consumerprotection.spi.contract.RectificationStoreContractTest;
import io.consumerprotection.spi.rectification.RectificationStore;

class InMemoryRectificationStoreTest extends RectificationStoreContractTest {

    @Override
    protected RectificationStore newStore() {
        return new InMemoryRectificationStore();
    }
}
