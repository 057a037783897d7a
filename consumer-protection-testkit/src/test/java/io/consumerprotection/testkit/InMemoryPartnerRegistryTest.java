package io.consumerprotection.testkit;

import io.consumerprotection.spi.contract.PartnerRegistryContractTest;
import io.consumerprotection.spi.partner.PartnerRegistry;

class InMemoryPartnerRegistryTest extends PartnerRegistryContractTest {

    @Override
    protected PartnerRegistry newRegistry() {
        return new InMemoryPartnerRegistry();
    }
}
