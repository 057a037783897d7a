package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.appraisal.ScorecardDefinition;
import io.consumerprotection.spi.appraisal.ScorecardProvider;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ScorecardProvider} meets. A host extends this class and implements
 * {@link #newProvider(List)}, which returns a provider holding exactly the given definitions.
 */
public abstract class ScorecardProviderContractTest {

    /** Two sample definitions (their text need not be a valid scorecard for this contract). */
    protected static final List<ScorecardDefinition> SAMPLES = List.of(
            new ScorecardDefinition("ZX-BRANCH-2025", "《ZX分行2025年消费者权益保护工作考核办法》",
                    "scorecard id=ZX-BRANCH-2025 version=2025.1 name=\"ZX branch\"\n"),
            new ScorecardDefinition("NFRA-2025", "host grade bands", "scorecard id=NFRA-2025 version=host-1\n"));

    protected ScorecardProvider provider;

    /** A provider holding exactly these definitions. */
    protected abstract ScorecardProvider newProvider(List<ScorecardDefinition> definitions);

    @BeforeEach
    void createProvider() {
        provider = newProvider(SAMPLES);
    }

    @Test
    void listsTheIdsOfItsDefinitions() {
        assertThat(provider.ids()).containsExactlyInAnyOrder("ZX-BRANCH-2025", "NFRA-2025");
    }

    @Test
    void findsEveryListedIdWithThatId() {
        for (String id : provider.ids()) {
            Optional<ScorecardDefinition> found = provider.find(id);
            assertThat(found).isPresent();
            assertThat(found.get().id()).isEqualTo(id);
        }
        assertThat(provider.find("ZX-BRANCH-2025")).contains(SAMPLES.get(0));
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(provider.find("NO-SUCH-CARD")).isEmpty();
    }

    @Test
    void isEmptyWhenGivenNothing() {
        ScorecardProvider empty = newProvider(List.of());
        assertThat(empty.ids()).isEmpty();
        assertThat(empty.find("NFRA-2025")).isEmpty();
    }

    @Test
    void idsAreASnapshotThatCannotBeChanged() {
        Set<String> ids = provider.ids();
        assertThatThrownBy(() -> ids.add("X")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNullId() {
        assertThatThrownBy(() -> provider.find(null)).isInstanceOf(NullPointerException.class);
    }
}
