package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.audit.SalesFactsSource;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A {@link SalesFactsSource} in memory, filled with {@link #add}. Thread-safe. */
public final class InMemorySalesFactsSource implements SalesFactsSource {

    private static final Comparator<ProductSaleRecord> ORDER =
            Comparator.comparing(ProductSaleRecord::soldOn).thenComparing(ProductSaleRecord::saleId);

    private final List<ProductSaleRecord> sales = new CopyOnWriteArrayList<>();

    /** Adds a sale. */
    public InMemorySalesFactsSource add(ProductSaleRecord sale) {
        sales.add(Objects.requireNonNull(sale, "sale"));
        return this;
    }

    @Override
    public Stream<ProductSaleRecord> sales(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        return List.copyOf(sales).stream()
                .filter(s -> !s.soldOn().isBefore(from) && s.soldOn().isBefore(to))
                .sorted(ORDER);
    }
}
