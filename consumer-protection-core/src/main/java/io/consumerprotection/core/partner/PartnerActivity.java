package io.consumerprotection.core.partner;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A sale or a data provision made through a partner on a day, with the partner's status at the start and at the
 * end of that day (empty when it was not registered then, or is not registered at all). Built by
 * {@link #of}; checked by the audit rule on activity through partners not in cooperation.
 *
 * @param kind          {@code SALE} or {@code SHARING}
 * @param id            the sale's or provision's id
 * @param partner       the partner's id as the fact gives it
 * @param on            the day
 * @param statusAtStart the partner's status at the start of the day, if any
 * @param statusAtEnd   the partner's status at the end of the day, if any
 */
public record PartnerActivity(Kind kind, String id, String partner, LocalDate on, Optional<PartnerStatus> statusAtStart,
                              Optional<PartnerStatus> statusAtEnd) {

    /** What was done through the partner. */
    public enum Kind {
        /** An agency sale. */
        SALE,
        /** A provision of personal data. */
        SHARING
    }

    public PartnerActivity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(statusAtStart, "statusAtStart");
        Objects.requireNonNull(statusAtEnd, "statusAtEnd");
    }

    /** The activity of {@code partnerId} on {@code on}, with the statuses the partner had that day (in {@code zone}). */
    public static PartnerActivity of(Kind kind, String id, String partnerId, LocalDate on, Optional<Partner> partner,
                                     java.time.ZoneId zone) {
        Optional<PartnerStatus> start = partner.flatMap(p -> p.statusAt(on.atStartOfDay(zone).toInstant()));
        Optional<PartnerStatus> end = partner.flatMap(p -> p.statusAt(on.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)));
        return new PartnerActivity(kind, id, partnerId, on, start, end);
    }

    /** The subject id: kind and id, for example {@code SALE:S-1}. */
    public String subjectId() {
        return kind + ":" + id;
    }

    @Override
    public String toString() {
        return "PartnerActivity[" + kind + " " + Redaction.code(id) + " via " + Redaction.code(partner) + " on " + on
                + ", status " + statusAtStart.map(Enum::name).orElse("-") + ".." + statusAtEnd.map(Enum::name).orElse("-") + "]";
    }
}
