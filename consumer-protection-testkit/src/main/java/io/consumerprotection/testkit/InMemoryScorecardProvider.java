package io.consumerprotection.testkit;

import io.consumerprotection.spi.appraisal.ScorecardDefinition;
import io.consumerprotection.spi.appraisal.ScorecardProvider;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ScorecardProvider} holding definitions in memory. Thread-safe. */
public final class InMemoryScorecardProvider implements ScorecardProvider {

    private final ConcurrentHashMap<String, ScorecardDefinition> definitions = new ConcurrentHashMap<>();

    /** Adds a definition, replacing any with the same id; returns this provider. */
    public InMemoryScorecardProvider put(ScorecardDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        definitions.put(definition.id(), definition);
        return this;
    }

    @Override
    public Set<String> ids() {
        return Set.copyOf(definitions.keySet());
    }

    @Override
    public Optional<ScorecardDefinition> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(definitions.get(id));
    }
}
