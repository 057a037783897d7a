package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.classification.ClassificationCodeRecord;
import io.consumerprotection.spi.classification.ClassificationSchemeProvider;
import io.consumerprotection.spi.classification.CodeMappingRecord;
import io.consumerprotection.spi.classification.SchemeVersionRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ClassificationSchemeProvider} meets. A host extends this class and implements
 * {@link #newProvider()}, returning its provider loaded with representative data (at least one local code).
 */
public abstract class ClassificationSchemeProviderContractTest {

    protected ClassificationSchemeProvider provider;

    /** The provider under test, holding at least one local code. */
    protected abstract ClassificationSchemeProvider newProvider();

    @BeforeEach
    void createProvider() {
        provider = newProvider();
    }

    @Test
    void hasAnIdAndNeverReturnsNull() {
        assertThat(provider.id()).isNotBlank();
        assertThat(provider.localCodes()).isNotNull().doesNotContainNull();
        assertThat(provider.schemeVersions()).isNotNull().doesNotContainNull();
    }

    @Test
    void holdsAtLeastOneLocalCode() {
        assertThat(provider.localCodes()).isNotEmpty();
    }

    @Test
    void localCodesHangUnderTheirParent() {
        for (ClassificationCodeRecord c : provider.localCodes()) {
            assertThat(c.parent()).as("parent of %s", c.code()).isNotBlank();
            assertThat(c.code()).as("code %s under %s", c.code(), c.parent())
                    .startsWith(c.parent()).hasSizeGreaterThan(c.parent().length());
            assertThat(c.level()).as("level of %s", c.code()).isGreaterThanOrEqualTo(2);
            assertThat(c.dimension()).isNotBlank();
            assertThat(c.nameZh()).isNotBlank();
        }
    }

    @Test
    void validityIntervalsAreOrdered() {
        for (ClassificationCodeRecord c : allCodes()) {
            if (c.validFrom() != null && c.validTo() != null) {
                assertThat(c.validFrom()).as("validity of %s", c.code()).isBeforeOrEqualTo(c.validTo());
            }
        }
    }

    @Test
    void noTwoEntriesShareVersionDimensionAndCode() {
        Set<String> seen = new HashSet<>();
        for (ClassificationCodeRecord c : allCodes()) {
            String key = c.schemeVersion() + "/" + c.dimension() + "/" + c.code();
            assertThat(seen.add(key)).as("duplicate %s", key).isTrue();
        }
    }

    @Test
    void mappingsGoFromTheBaseVersionToTheNewOne() {
        for (SchemeVersionRecord v : provider.schemeVersions()) {
            assertThat(v.version()).isNotBlank().isNotEqualTo(v.basedOn());
            for (CodeMappingRecord m : v.mappings()) {
                assertThat(m.fromVersion()).isEqualTo(v.basedOn());
                assertThat(m.toVersion()).isEqualTo(v.version());
                assertThat(m.newCodes()).isNotEmpty();
            }
        }
    }

    @Test
    void answersTheSameEveryTimeAndFromAnyThread() throws Exception {
        List<ClassificationCodeRecord> first = provider.localCodes();
        List<SchemeVersionRecord> versions = provider.schemeVersions();
        CompletableFuture<List<ClassificationCodeRecord>> other =
                CompletableFuture.supplyAsync(provider::localCodes);
        assertThat(provider.localCodes()).isEqualTo(first);
        assertThat(other.get()).isEqualTo(first);
        assertThat(provider.schemeVersions()).isEqualTo(versions);
    }

    private List<ClassificationCodeRecord> allCodes() {
        List<ClassificationCodeRecord> all = new java.util.ArrayList<>(provider.localCodes());
        provider.schemeVersions().forEach(v -> all.addAll(v.codes()));
        return all;
    }
}
