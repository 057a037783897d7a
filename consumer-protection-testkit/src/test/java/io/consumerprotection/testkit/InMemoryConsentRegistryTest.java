package io.consumerprotection.testkit;

import io.consumerprotection.spi.contract.ConsentRegistryContractTest;
import io.consumerprotection.spi.privacy.ConsentRegistry;

class InMemoryConsentRegistryTest extends ConsentRegistryContractTest {

    @Override
    protected ConsentRegistry newRegistry() {
        return new InMemoryConsentRegistry();
    }
}
