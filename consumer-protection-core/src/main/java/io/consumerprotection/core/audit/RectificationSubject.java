package io.consumerprotection.core.audit;

import io.consumerprotection.core.rectification.RectificationItem;
import java.util.List;
import java.util.Objects;

/**
 * A rectification item as the audit sees it: the item and the items of the same rule at the same unit
 * opened before it (its 回头看 history), so that a rule can count repeats without reading the store.
 *
 * @param item    the item checked
 * @param earlier the items of the same unit and rule key opened before it, in opening order; empty when the
 *                item has no rule key
 */
public record RectificationSubject(RectificationItem item, List<RectificationItem> earlier) {

    public RectificationSubject {
        Objects.requireNonNull(item, "item");
        earlier = List.copyOf(earlier);
    }

    /** The subject's id: the item's id. */
    public String id() {
        return item.id().value();
    }
}
