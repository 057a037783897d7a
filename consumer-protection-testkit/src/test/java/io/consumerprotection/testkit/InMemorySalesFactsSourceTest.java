package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.audit.SalesFactsSource;
import io.consumerprotection.spi.contract.SalesFactsSourceContractTest;
import java.util.List;

class InMemorySalesFactsSourceTest extends SalesFactsSourceContractTest {

    @Override
    protected SalesFactsSource newSource(List<ProductSaleRecord> sales) {
        InMemorySalesFactsSource source = new InMemorySalesFactsSource();
        sales.forEach(source::add);
        return source;
    }
}
