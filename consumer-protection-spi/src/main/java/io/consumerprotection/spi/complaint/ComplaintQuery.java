package io.consumerprotection.spi.complaint;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A filter for {@link ComplaintStore#stream(ComplaintQuery)}: complaints received in
 * {@code [receivedFrom, receivedTo)}, optionally restricted to some statuses, channels and one receiving
 * unit. Empty sets mean "any".
 *
 * @param receivedFrom  inclusive lower bound of {@code receivedAt}
 * @param receivedTo    exclusive upper bound of {@code receivedAt}
 * @param statuses      status names to keep; empty for all
 * @param channels      channel names to keep; empty for all
 * @param receivingUnit the receiving unit to keep; {@code null} for all
 */
public record ComplaintQuery(Instant receivedFrom, Instant receivedTo, Set<String> statuses, Set<String> channels,
                             String receivingUnit) {

    public ComplaintQuery {
        Objects.requireNonNull(receivedFrom, "receivedFrom");
        Objects.requireNonNull(receivedTo, "receivedTo");
        if (receivedTo.isBefore(receivedFrom)) {
            throw new IllegalArgumentException("receivedTo " + receivedTo + " is before receivedFrom " + receivedFrom);
        }
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }

    /** Every complaint received in {@code [from, to)}. */
    public static ComplaintQuery receivedBetween(Instant from, Instant to) {
        return new ComplaintQuery(from, to, Set.of(), Set.of(), null);
    }

    /** Every complaint the store holds. */
    public static ComplaintQuery all() {
        return receivedBetween(Instant.MIN, Instant.MAX);
    }

    /** A copy restricted to these status names. */
    public ComplaintQuery withStatuses(Set<String> newStatuses) {
        return new ComplaintQuery(receivedFrom, receivedTo, newStatuses, channels, receivingUnit);
    }

    /** A copy restricted to these channel names. */
    public ComplaintQuery withChannels(Set<String> newChannels) {
        return new ComplaintQuery(receivedFrom, receivedTo, statuses, newChannels, receivingUnit);
    }

    /** A copy restricted to one receiving unit. */
    public ComplaintQuery withReceivingUnit(String unit) {
        return new ComplaintQuery(receivedFrom, receivedTo, statuses, channels, Objects.requireNonNull(unit, "unit"));
    }

    /** The receiving unit filter, if any. */
    public Optional<String> findReceivingUnit() {
        return Optional.ofNullable(receivingUnit);
    }

    /** Whether a record passes this filter; stores may use it, or translate the query into their own. */
    public boolean matches(ComplaintRecord record) {
        Instant at = record.receivedAt();
        return !at.isBefore(receivedFrom) && at.isBefore(receivedTo)
                && (statuses.isEmpty() || statuses.contains(record.status()))
                && (channels.isEmpty() || channels.contains(record.channel()))
                && (receivingUnit == null || receivingUnit.equals(record.receivingUnit()));
    }

    @Override
    public String toString() {
        return "ComplaintQuery[receivedFrom=" + receivedFrom + ", receivedTo=" + receivedTo + ", statuses="
                + Redaction.codes(statuses) + ", channels=" + Redaction.codes(channels) + ", receivingUnit="
                + Redaction.code(receivingUnit) + "]";
    }
}
