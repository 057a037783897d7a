package io.consumerprotection.testkit;

import io.consumerprotection.spi.contract.ReviewStoreContractTest;
import io.consumerprotection.spi.review.ReviewStore;

class InMemoryReviewStoreTest extends ReviewStoreContractTest {

    @Override
    protected ReviewStore newStore() {
        return new InMemoryReviewStore();
    }
}
