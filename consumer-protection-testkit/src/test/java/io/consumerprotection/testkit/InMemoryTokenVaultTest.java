package io.consumerprotection.testkit;

import io.consumerprotection.spi.contract.TokenVaultContractTest;
import io.consumerprotection.spi.privacy.TokenVault;

class InMemoryTokenVaultTest extends TokenVaultContractTest {

    @Override
    protected TokenVault newVault() {
        return new InMemoryTokenVault();
    }
}
