package io.consumerprotection.spi.audit;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The host's product sales for the suitability audit rules.
 *
 * @implSpec Implementations are thread-safe. {@link #sales} returns a new, lazily read stream of the sales
 * with {@code from <= soldOn < to}, ordered by sale date then sale id, which the caller closes; it never
 * holds every sale in memory for a large range. The contract tests in
 * {@code io.consumerprotection.spi.contract.SalesFactsSourceContractTest} check it.
 */
public interface SalesFactsSource {

    /**
     * The sales made on {@code [from, to)}, ordered by sale date then sale id. The caller closes the stream.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    Stream<ProductSaleRecord> sales(LocalDate from, LocalDate to);
}
