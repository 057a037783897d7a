package io.consumerprotection.spi.inspection;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of the three-level inspection cadence done (seed 000): a head-office quarterly 通报, a supervising
 * branch's monthly check, a branch's daily reminder.
 *
 * @param id        an id unique among cadence records
 * @param kind      {@code QUARTERLY_BULLETIN}, {@code MONTHLY_CHECK} or {@code DAILY_REMINDER}
 * @param unitId    the unit that did it
 * @param on        the day it was done
 * @param reference the bulletin, check or reminder's reference; may be empty
 */
public record CadenceRecord(String id, String kind, String unitId, LocalDate on, String reference) {

    public CadenceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(on, "on");
        reference = reference == null ? "" : reference;
    }

    @Override
    public String toString() {
        return "CadenceRecord[" + Redaction.code(kind) + " by " + Redaction.code(unitId) + " on " + on + "]";
    }
}
