package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * The minimum time a record type must be kept, counted from a trigger.
 *
 * @param recordType the record type
 * @param years      the period in years
 * @param trigger    the event the period runs from
 * @param source     the rule it comes from
 */
public record RetentionPeriod(String recordType, int years, Trigger trigger, String source) {

    /** The event a retention period runs from. */
    public enum Trigger {
        /** The record was made. */
        CREATED,
        /** The file was closed. */
        CLOSED,
        /** The business relationship ended. */
        RELATIONSHIP_ENDED
    }

    public RetentionPeriod {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(source, "source");
        if (years < 0) {
            throw new IllegalArgumentException("years must not be negative: " + years);
        }
    }

    @Override
    public String toString() {
        return "RetentionPeriod[recordType=" + Redaction.code(recordType) + ", years=" + years + ", trigger=" + trigger
                + ", source=" + Redaction.text(source) + "]";
    }
}
