package io.consumerprotection.testkit;

import io.consumerprotection.spi.StaleWriteException;
import io.consumerprotection.spi.privacy.IncidentRecord;
import io.consumerprotection.spi.privacy.IncidentStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An {@link IncidentStore} in memory. Thread-safe. Not for production: it forgets when the JVM stops. */
public final class InMemoryIncidentStore implements IncidentStore {

    private final Map<String, IncidentRecord> byId = new HashMap<>();

    @Override
    public synchronized void save(IncidentRecord incident, long expectedVersion) {
        Objects.requireNonNull(incident, "incident");
        if (incident.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("incident.version must be expectedVersion + 1");
        }
        IncidentRecord stored = byId.get(incident.id());
        long actual = stored == null ? 0 : stored.version();
        if (actual != expectedVersion) {
            throw new StaleWriteException("DATA_INCIDENT", incident.id(), expectedVersion, actual);
        }
        byId.put(incident.id(), incident);
    }

    @Override
    public synchronized Optional<IncidentRecord> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<IncidentRecord> findDiscoveredBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return byId.values().stream()
                .filter(r -> !r.discoveredAt().isBefore(from) && r.discoveredAt().isBefore(to))
                .sorted(Comparator.comparing(IncidentRecord::discoveredAt).thenComparing(IncidentRecord::id))
                .toList();
    }
}
