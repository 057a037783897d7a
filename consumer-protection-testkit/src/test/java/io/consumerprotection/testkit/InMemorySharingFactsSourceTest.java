package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.SharingFactsSource;
import io.consumerprotection.spi.audit.StoredDataRecord;
import io.consumerprotection.spi.contract.SharingFactsSourceContractTest;
import java.util.List;

class InMemorySharingFactsSourceTest extends SharingFactsSourceContractTest {

    @Override
    protected SharingFactsSource newSource(List<DataSharingRecord> sharings, List<StoredDataRecord> stored) {
        InMemorySharingFactsSource source = new InMemorySharingFactsSource();
        sharings.forEach(source::add);
        stored.forEach(source::add);
        return source;
    }
}
