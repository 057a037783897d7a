package io.consumerprotection.core.partner;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;

/**
 * A status a partner entered, when, by whom and why.
 *
 * @param status the status entered
 * @param at     when
 * @param actor  who decided
 * @param reason why
 */
public record PartnerStatusChange(PartnerStatus status, Instant at, String actor, String reason) {

    public PartnerStatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        reason = reason == null ? "" : reason;
    }

    @Override
    public String toString() {
        return status + " at " + at + " by " + Redaction.code(actor) + " (" + Redaction.text(reason) + ")";
    }
}
