package io.consumerprotection.testkit;

import io.consumerprotection.spi.appraisal.AppraisalFactsSource;
import io.consumerprotection.spi.contract.AppraisalFactsSourceContractTest;

class InMemoryAppraisalFactsSourceTest extends AppraisalFactsSourceContractTest {

    @Override
    protected AppraisalFactsSource newSource(Facts facts) {
        InMemoryAppraisalFactsSource s = new InMemoryAppraisalFactsSource();
        facts.trainings().forEach(s::add);
        facts.activities().forEach(s::add);
        facts.inspections().forEach(s::add);
        facts.opinions().forEach(s::add);
        facts.penalties().forEach(s::add);
        return s;
    }
}
