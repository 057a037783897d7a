package io.consumerprotection.testkit;

import io.consumerprotection.spi.rectification.AccountabilityRecord;
import io.consumerprotection.spi.rectification.RectificationConflictException;
import io.consumerprotection.spi.rectification.RectificationRecord;
import io.consumerprotection.spi.rectification.RectificationStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link RectificationStore} in memory. Thread-safe. Not for production: it forgets when the JVM stops. */
public final class InMemoryRectificationStore implements RectificationStore {

    private static final Comparator<RectificationRecord> OPENING_ORDER =
            Comparator.comparing(RectificationRecord::openedAt).thenComparing(RectificationRecord::id);

    private final Map<String, RectificationRecord> items = new HashMap<>();
    private final Map<String, AccountabilityRecord> accountability = new LinkedHashMap<>();

    @Override
    public synchronized RectificationRecord save(RectificationRecord item) {
        Objects.requireNonNull(item, "item");
        RectificationRecord stored = items.get(item.id());
        long actual = stored == null ? 0 : stored.version();
        if (actual != item.version()) {
            throw new RectificationConflictException(item.id(), item.version(), actual);
        }
        RectificationRecord saved = item.withVersion(actual + 1);
        items.put(item.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<RectificationRecord> find(String itemId) {
        Objects.requireNonNull(itemId, "itemId");
        return Optional.ofNullable(items.get(itemId));
    }

    @Override
    public synchronized List<RectificationRecord> findByUnitAndRule(String unitId, String ruleKey) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(ruleKey, "ruleKey");
        return items.values().stream().filter(r -> r.unitId().equals(unitId) && r.ruleKey().equals(ruleKey))
                .sorted(OPENING_ORDER).toList();
    }

    @Override
    public synchronized List<RectificationRecord> findAll() {
        return items.values().stream().sorted(OPENING_ORDER).toList();
    }

    @Override
    public synchronized void recordAccountability(AccountabilityRecord record) {
        Objects.requireNonNull(record, "record");
        if (accountability.containsKey(record.id())) {
            throw new IllegalStateException("accountability record " + record.id() + " was already recorded");
        }
        if (!items.containsKey(record.itemId())) {
            throw new IllegalStateException("no rectification item " + record.itemId());
        }
        accountability.put(record.id(), record);
    }

    @Override
    public synchronized List<AccountabilityRecord> accountability(String itemId) {
        Objects.requireNonNull(itemId, "itemId");
        List<AccountabilityRecord> found = new ArrayList<>();
        for (AccountabilityRecord r : accountability.values()) {
            if (r.itemId().equals(itemId)) {
                found.add(r);
            }
        }
        return List.copyOf(found);
    }
}
