package io.consumerprotection.core.rectification;

import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.rectification.AccountabilityRecord;
import io.consumerprotection.spi.rectification.RectificationRecord;
import java.util.Optional;

/** Decodes and encodes the SPI's records at the store boundary, once. */
final class StoredRectifications {

    private StoredRectifications() {
    }

    static RectificationRecord encode(RectificationItem i) {
        return new RectificationRecord(i.id().value(), i.source().kind().name(), i.source().reference(), i.ruleKey(),
                i.ownerUnit(), i.ownerRole(), i.problem(), i.plan(), i.dueDate(), i.openedAt(),
                i.startedAt().orElse(null), i.doneAt().orElse(null), i.evidence(),
                i.verification().map(Verification::at).orElse(null),
                i.verification().map(Verification::verifier).orElse(""),
                i.repeatOf().map(RectificationId::value).orElse(""), i.version());
    }

    static RectificationItem decode(RectificationRecord r) {
        RectificationSource kind;
        try {
            kind = RectificationSource.valueOf(r.sourceKind());
        } catch (IllegalArgumentException e) {
            throw new ConsumerProtectionException("INVALID_STORED_RECTIFICATION",
                    "stored rectification item " + r.id() + " has an unknown source kind", e);
        }
        Optional<Verification> verification = r.verifiedAt() == null ? Optional.empty()
                : Optional.of(new Verification(r.verifiedAt(), r.verifiedBy()));
        return new RectificationItem(RectificationId.of(r.id()), SourceReference.of(kind, r.sourceReference()),
                r.ruleKey(), r.unitId(), r.ownerRole(), r.problem(), r.plan(), r.dueDate(), r.openedAt(),
                Optional.ofNullable(r.startedAt()), Optional.ofNullable(r.doneAt()), r.evidence(), verification,
                r.repeatOf().isEmpty() ? Optional.empty() : Optional.of(RectificationId.of(r.repeatOf())), r.version());
    }

    static AccountabilityRecord encode(Accountability a) {
        return new AccountabilityRecord(a.id().value(), a.item().value(), a.who(), a.what(), a.outcome().name(),
                a.complaint().map(ComplaintId::value).orElse(""), a.decidedAt());
    }

    static Accountability decode(AccountabilityRecord r) {
        AccountabilityOutcome outcome;
        try {
            outcome = AccountabilityOutcome.valueOf(r.outcome());
        } catch (IllegalArgumentException e) {
            throw new ConsumerProtectionException("INVALID_STORED_RECTIFICATION",
                    "stored accountability record " + r.id() + " has an unknown outcome", e);
        }
        return new Accountability(RectificationId.of(r.id()), RectificationId.of(r.itemId()), r.who(), r.what(),
                outcome, r.complaintId().isEmpty() ? Optional.empty() : Optional.of(ComplaintId.of(r.complaintId())),
                r.decidedAt());
    }
}
