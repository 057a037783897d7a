package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * Whose data an incident concerns and how many consumers: a group code and a count, never the persons.
 *
 * @param group a code such as {@code PERSONAL_CUSTOMERS} or {@code CARD_HOLDERS}
 * @param count how many consumers (at least 1)
 */
public record AffectedConsumers(String group, long count) {

    public AffectedConsumers {
        Objects.requireNonNull(group, "group");
    }

    /** The group and count. */
    public static AffectedConsumers of(String group, long count) {
        return new AffectedConsumers(group, count);
    }

    @Override
    public String toString() {
        return Redaction.code(group) + " x" + count;
    }
}
