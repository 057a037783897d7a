package io.consumerprotection.core.rectification;

import io.consumerprotection.spi.rectification.RectificationRecord;
import io.consumerprotection.spi.rectification.RectificationStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rectification register on a host's {@link RectificationStore}: opens items (linking a repeat of the
 * same rule at the same unit to the latest earlier item, 回头看), saves their steps, and records
 * accountability. Thread-safe as the store is; conflicting saves throw
 * {@link io.consumerprotection.spi.rectification.RectificationConflictException}.
 *
 * <pre>{@code
 * Rectifications register = Rectifications.on(store);
 * RectificationItem item = register.open(RectificationItem.open(id, source, "CP-COMPLAINT-001", "BR-021",
 *         "BRANCH-HEAD", "投诉超时办结", LocalDate.of(2025, 6, 30), now, zone));
 * item = register.save(item.withPlan("…").start(now));
 * }</pre>
 */
public final class Rectifications {

    private final RectificationStore store;

    private Rectifications(RectificationStore store) {
        this.store = store;
    }

    /** The register on this store. */
    public static Rectifications on(RectificationStore store) {
        return new Rectifications(Objects.requireNonNull(store, "store"));
    }

    /**
     * Saves a new item (version 0). When it has a rule key and the unit already has items of that rule
     * opened earlier, it is linked to the latest of them.
     *
     * @return the item as stored
     */
    public RectificationItem open(RectificationItem item) {
        Objects.requireNonNull(item, "item");
        if (item.version() != 0) {
            throw new IllegalArgumentException("item must be new (version 0), got version " + item.version());
        }
        RectificationItem linked = item;
        if (!item.ruleKey().isEmpty() && item.repeatOf().isEmpty()) {
            RectificationRecord latest = null;
            for (RectificationRecord r : store.findByUnitAndRule(item.ownerUnit(), item.ruleKey())) {
                if (r.openedAt().isBefore(item.openedAt()) && !r.id().equals(item.id().value())) {
                    latest = r;
                }
            }
            if (latest != null) {
                linked = item.withRepeatOf(RectificationId.of(latest.id()));
            }
        }
        return StoredRectifications.decode(store.save(StoredRectifications.encode(linked)));
    }

    /** Saves a changed item (its version is the one read); returns it as stored. */
    public RectificationItem save(RectificationItem item) {
        Objects.requireNonNull(item, "item");
        return StoredRectifications.decode(store.save(StoredRectifications.encode(item)));
    }

    /** The item with this id, if any. */
    public Optional<RectificationItem> find(RectificationId id) {
        Objects.requireNonNull(id, "id");
        return store.find(id.value()).map(StoredRectifications::decode);
    }

    /**
     * The item with this id.
     *
     * @throws RectificationNotFoundException when there is none
     */
    public RectificationItem get(RectificationId id) {
        return find(id).orElseThrow(() -> new RectificationNotFoundException(id));
    }

    /** Every item, in opening order. */
    public List<RectificationItem> all() {
        return store.findAll().stream().map(StoredRectifications::decode).toList();
    }

    /** Every item of this rule at this unit, in opening order (the 回头看 history). */
    public List<RectificationItem> history(String unit, String ruleKey) {
        return store.findByUnitAndRule(unit, ruleKey).stream().map(StoredRectifications::decode).toList();
    }

    /**
     * Records an accountability decision on an existing item.
     *
     * @throws RectificationNotFoundException when the item does not exist
     */
    public void hold(Accountability decision) {
        Objects.requireNonNull(decision, "decision");
        get(decision.item());
        store.recordAccountability(StoredRectifications.encode(decision));
    }

    /** The accountability decisions on an item, in recording order. */
    public List<Accountability> accountability(RectificationId item) {
        Objects.requireNonNull(item, "item");
        return store.accountability(item.value()).stream().map(StoredRectifications::decode).toList();
    }
}
