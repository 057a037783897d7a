package io.consumerprotection.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.contract.PermissionCheckContractTest;
import io.consumerprotection.spi.privacy.PermissionCheck;
import org.junit.jupiter.api.Test;

class InMemoryPermissionCheckTest extends PermissionCheckContractTest {

    @Override
    protected PermissionCheck newCheckGranting(String actor, String permission) {
        return new InMemoryPermissionCheck().grant(actor, permission);
    }

    @Test
    void revokeTakesTheGrantBack() {
        InMemoryPermissionCheck check = new InMemoryPermissionCheck().grant("EMP-1", "p");
        check.revoke("EMP-1", "p");

        assertThat(check.isPermitted("EMP-1", "p", "S")).isFalse();
    }
}
