package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.SharingFactsSource;
import io.consumerprotection.spi.audit.StoredDataRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SharingFactsSource} meets. A host extends this class and implements
 * {@link #newSource}, which returns a source holding exactly the given facts.
 */
public abstract class SharingFactsSourceContractTest {

    /** A source holding exactly these provisions and inventory entries. */
    protected abstract SharingFactsSource newSource(List<DataSharingRecord> sharings, List<StoredDataRecord> stored);

    private static List<DataSharingRecord> read(SharingFactsSource source, LocalDate from, LocalDate to) {
        try (Stream<DataSharingRecord> s = source.sharings(from, to)) {
            return s.toList();
        }
    }

    @Test
    void returnsTheProvisionsOfTheHalfOpenRangeInDateThenIdOrder() {
        DataSharingRecord b = SampleAuditFacts.sharing("D-2", LocalDate.of(2024, 5, 1));
        DataSharingRecord a = SampleAuditFacts.sharing("D-1", LocalDate.of(2024, 5, 1));
        DataSharingRecord later = SampleAuditFacts.sharing("D-0", LocalDate.of(2024, 5, 31));
        DataSharingRecord atEnd = SampleAuditFacts.sharing("D-3", LocalDate.of(2024, 6, 1));
        SharingFactsSource source = newSource(List.of(later, b, atEnd, a), List.of());

        assertThat(read(source, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1))).containsExactly(a, b, later);
    }

    @Test
    void returnsTheWholeInventory() {
        List<StoredDataRecord> stored = List.of(SampleAuditFacts.stored("CORE", "CARD_NO"),
                SampleAuditFacts.stored("CRM", "MOBILE"));
        SharingFactsSource source = newSource(List.of(), stored);
        try (Stream<StoredDataRecord> s = source.storedData()) {
            assertThat(s.toList()).containsExactlyInAnyOrderElementsOf(stored);
        }
    }

    @Test
    void refusesAReversedRange() {
        SharingFactsSource source = newSource(List.of(), List.of());
        assertThatThrownBy(() -> read(source, LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
