package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.SharingFactsSource;
import io.consumerprotection.spi.audit.StoredDataRecord;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A {@link SharingFactsSource} in memory, filled with {@link #add}. Thread-safe. */
public final class InMemorySharingFactsSource implements SharingFactsSource {

    private static final Comparator<DataSharingRecord> ORDER =
            Comparator.comparing(DataSharingRecord::sharedOn).thenComparing(DataSharingRecord::sharingId);

    private final List<DataSharingRecord> sharings = new CopyOnWriteArrayList<>();
    private final List<StoredDataRecord> stored = new CopyOnWriteArrayList<>();

    /** Adds a provision of data to another party. */
    public InMemorySharingFactsSource add(DataSharingRecord sharing) {
        sharings.add(Objects.requireNonNull(sharing, "sharing"));
        return this;
    }

    /** Adds an entry of the data inventory. */
    public InMemorySharingFactsSource add(StoredDataRecord entry) {
        stored.add(Objects.requireNonNull(entry, "entry"));
        return this;
    }

    @Override
    public Stream<DataSharingRecord> sharings(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        return List.copyOf(sharings).stream()
                .filter(s -> !s.sharedOn().isBefore(from) && s.sharedOn().isBefore(to))
                .sorted(ORDER);
    }

    @Override
    public Stream<StoredDataRecord> storedData() {
        return List.copyOf(stored).stream();
    }
}
