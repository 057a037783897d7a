package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.AuditSink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An append-only {@link AuditSink} in memory. Thread-safe. Not for production: the trail is lost when
 * the JVM stops.
 */
public final class InMemoryAuditSink implements AuditSink {

    private final List<AuditRecord> records = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    @Override
    public synchronized void append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        if (!ids.add(record.id())) {
            throw new IllegalStateException("audit record " + record.id() + " was already appended");
        }
        records.add(record);
    }

    @Override
    public synchronized Stream<AuditRecord> records() {
        return List.copyOf(records).stream();
    }

    @Override
    public synchronized Optional<AuditRecord> findLast() {
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }
}
