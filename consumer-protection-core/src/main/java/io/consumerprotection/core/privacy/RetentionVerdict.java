package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one record may be deleted, and why.
 *
 * @param recordId  the record's id
 * @param mayDelete whether it may now be deleted
 * @param reason    a stable code: {@code PERIOD_ENDED}, {@code WITHIN_PERIOD}, {@code TRIGGER_NOT_REACHED},
 *                  {@code LEGAL_HOLD} or {@code NO_PERIOD_DEFINED}
 * @param keepUntil the last day it must be kept, when known
 * @param source    the rule applied, or {@code —}
 */
public record RetentionVerdict(String recordId, boolean mayDelete, String reason, LocalDate keepUntil, String source) {

    public RetentionVerdict {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }

    /** The last day it must be kept, when known. */
    public Optional<LocalDate> findKeepUntil() {
        return Optional.ofNullable(keepUntil);
    }

    @Override
    public String toString() {
        return "RetentionVerdict[recordId=" + Redaction.code(recordId) + ", mayDelete=" + mayDelete + ", reason="
                + Redaction.code(reason) + ", keepUntil=" + keepUntil + ", source=" + Redaction.text(source) + "]";
    }
}
