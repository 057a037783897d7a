package io.consumerprotection.testkit;

import io.consumerprotection.spi.privacy.ConsentRecord;
import io.consumerprotection.spi.privacy.ConsentRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link ConsentRegistry} in memory. Thread-safe. Not for production: it forgets when the JVM stops. */
public final class InMemoryConsentRegistry implements ConsentRegistry {

    private final Map<String, ConsentRecord> byId = new LinkedHashMap<>();

    @Override
    public synchronized void record(ConsentRecord consent) {
        Objects.requireNonNull(consent, "consent");
        if (byId.containsKey(consent.id())) {
            throw new IllegalStateException("consent " + consent.id() + " was already recorded");
        }
        byId.put(consent.id(), consent);
    }

    @Override
    public synchronized boolean withdraw(String consentId, Instant at) {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(at, "at");
        ConsentRecord c = byId.get(consentId);
        if (c == null) {
            return false;
        }
        if (c.withdrawnAt() == null) {
            byId.put(consentId, c.withWithdrawnAt(at.isBefore(c.givenAt()) ? c.givenAt() : at));
        }
        return true;
    }

    @Override
    public synchronized Optional<ConsentRecord> find(String consentId) {
        Objects.requireNonNull(consentId, "consentId");
        return Optional.ofNullable(byId.get(consentId));
    }

    @Override
    public synchronized List<ConsentRecord> findByCustomer(String customerId) {
        Objects.requireNonNull(customerId, "customerId");
        List<ConsentRecord> found = new ArrayList<>();
        for (ConsentRecord c : byId.values()) {
            if (c.customerId().equals(customerId)) {
                found.add(c);
            }
        }
        return List.copyOf(found);
    }
}
