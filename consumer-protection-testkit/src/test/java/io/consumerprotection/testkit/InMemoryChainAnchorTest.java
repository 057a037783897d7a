package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.ChainAnchor;
import io.consumerprotection.spi.contract.ChainAnchorContractTest;

class InMemoryChainAnchorTest extends ChainAnchorContractTest {

    @Override
    protected ChainAnchor newAnchor() {
        return new InMemoryChainAnchor();
    }

    @Override
    protected ChainAnchor reopen(ChainAnchor anchor) {
        return anchor; // memory has no storage to reopen: the same instance is the same storage
    }
}
