package io.consumerprotection.spi.partner;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;

/**
 * One status a partner entered, as stored.
 *
 * @param status {@code PENDING}, {@code ADMITTED}, {@code WATCHED}, {@code SUSPENDED}, {@code BLACKLISTED} or {@code EXITED}
 * @param at     when
 * @param actor  who decided (real-name staff id)
 * @param reason why; never personal data
 */
public record PartnerStatusRecord(String status, Instant at, String actor, String reason) {

    public PartnerStatusRecord {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        reason = reason == null ? "" : reason;
    }

    @Override
    public String toString() {
        return "PartnerStatusRecord[" + Redaction.code(status) + " at " + at + " by " + Redaction.code(actor) + ", reason "
                + Redaction.text(reason) + "]";
    }
}
