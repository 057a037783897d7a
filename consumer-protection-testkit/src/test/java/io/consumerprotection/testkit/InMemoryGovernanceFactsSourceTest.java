package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.ComplaintFileDeletionRecord;
import io.consumerprotection.spi.audit.GovernanceFactsSource;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import io.consumerprotection.spi.contract.GovernanceFactsSourceContractTest;
import java.util.List;

class InMemoryGovernanceFactsSourceTest extends GovernanceFactsSourceContractTest {

    @Override
    protected GovernanceFactsSource newSource(List<GovernanceProfileRecord> profiles,
                                              List<ComplaintFileDeletionRecord> deletions) {
        InMemoryGovernanceFactsSource source = new InMemoryGovernanceFactsSource();
        profiles.forEach(source::add);
        deletions.forEach(source::add);
        return source;
    }
}
