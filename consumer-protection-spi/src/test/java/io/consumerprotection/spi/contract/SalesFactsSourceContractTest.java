package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.audit.SalesFactsSource;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SalesFactsSource} meets. A host extends this class and implements
 * {@link #newSource}, which returns a source holding exactly the given sales.
 */
public abstract class SalesFactsSourceContractTest {

    /** A source holding exactly these sales. */
    protected abstract SalesFactsSource newSource(List<ProductSaleRecord> sales);

    private static List<ProductSaleRecord> read(SalesFactsSource source, LocalDate from, LocalDate to) {
        try (Stream<ProductSaleRecord> s = source.sales(from, to)) {
            return s.toList();
        }
    }

    @Test
    void returnsTheSalesOfTheHalfOpenRangeInDateThenIdOrder() {
        ProductSaleRecord b = SampleAuditFacts.sale("S-2", LocalDate.of(2024, 5, 1));
        ProductSaleRecord a = SampleAuditFacts.sale("S-1", LocalDate.of(2024, 5, 1));
        ProductSaleRecord earlier = SampleAuditFacts.sale("S-9", LocalDate.of(2024, 4, 30));
        ProductSaleRecord atEnd = SampleAuditFacts.sale("S-3", LocalDate.of(2024, 6, 1));
        SalesFactsSource source = newSource(List.of(b, atEnd, a, earlier));

        assertThat(read(source, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1))).containsExactly(a, b);
        assertThat(read(source, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).containsExactly(earlier, a, b, atEnd);
    }

    @Test
    void anEmptyRangeGivesNothing() {
        SalesFactsSource source = newSource(List.of(SampleAuditFacts.sale("S-1", LocalDate.of(2024, 5, 1))));
        assertThat(read(source, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1))).isEmpty();
    }

    @Test
    void refusesAReversedRange() {
        SalesFactsSource source = newSource(List.of());
        assertThatThrownBy(() -> read(source, LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
