package io.consumerprotection.testkit;

import io.consumerprotection.spi.appraisal.ScorecardDefinition;
import io.consumerprotection.spi.appraisal.ScorecardProvider;
import io.consumerprotection.spi.contract.ScorecardProviderContractTest;
import java.util.List;

class InMemoryScorecardProviderTest extends ScorecardProviderContractTest {

    @Override
    protected ScorecardProvider newProvider(List<ScorecardDefinition> definitions) {
        InMemoryScorecardProvider p = new InMemoryScorecardProvider();
        definitions.forEach(p::put);
        return p;
    }
}
