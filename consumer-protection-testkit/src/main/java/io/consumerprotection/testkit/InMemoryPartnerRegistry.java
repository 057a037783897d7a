package io.consumerprotection.testkit;

import io.consumerprotection.spi.StaleWriteException;
import io.consumerprotection.spi.partner.PartnerRecord;
import io.consumerprotection.spi.partner.PartnerRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link PartnerRegistry} in memory. Thread-safe. Not for production: it forgets when the JVM stops. */
public final class InMemoryPartnerRegistry implements PartnerRegistry {

    private final Map<String, PartnerRecord> byId = new TreeMap<>();

    @Override
    public synchronized void save(PartnerRecord partner, long expectedVersion) {
        Objects.requireNonNull(partner, "partner");
        if (partner.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("partner.version must be expectedVersion + 1");
        }
        PartnerRecord stored = byId.get(partner.id());
        long actual = stored == null ? 0 : stored.version();
        if (actual != expectedVersion) {
            throw new StaleWriteException("PARTNER", partner.id(), expectedVersion, actual);
        }
        byId.put(partner.id(), partner);
    }

    @Override
    public synchronized Optional<PartnerRecord> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<PartnerRecord> findAll() {
        return List.copyOf(byId.values());
    }
}
