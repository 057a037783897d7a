package io.consumerprotection.core.partner;

import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.spi.partner.PartnerEvaluationRecord;
import io.consumerprotection.spi.partner.PartnerRecord;
import io.consumerprotection.spi.partner.PartnerStatusRecord;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** Decodes a stored partner into the typed {@link Partner} once, at the SPI boundary, and encodes it back. */
final class PartnerRecords {

    private PartnerRecords() {
    }

    /**
     * @throws IllegalStateException naming the field when the record holds an unknown code
     */
    static Partner decode(PartnerRecord r) {
        try {
            Set<FieldType> scope = EnumSet.noneOf(FieldType.class);
            r.dataScope().forEach(k -> scope.add(FieldType.valueOf(k)));
            return new Partner(PartnerId.of(r.id()), r.name(), PartnerKind.valueOf(r.kind()), PartnerStatus.valueOf(r.status()),
                    ProtectionAgreement.of(r.agreementRef(), scope, r.complaintDuties()), r.admittedOn(),
                    Period.ofMonths(r.evaluationIntervalMonths()), r.nextEvaluationDue(),
                    r.history().stream().map(h -> new PartnerStatusChange(PartnerStatus.valueOf(h.status()), h.at(), h.actor(),
                            h.reason())).toList(),
                    r.evaluations().stream().map(e -> new PartnerEvaluation(e.on(), e.actor(), e.score(),
                            EvaluationConclusion.valueOf(e.conclusion()), e.note())).toList(),
                    r.version());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored partner " + r.id() + " holds an unknown kind, status, data kind or conclusion", e);
        }
    }

    static PartnerRecord encode(Partner p, long version) {
        Set<String> scope = new TreeSet<>();
        p.agreement().dataScope().forEach(k -> scope.add(k.name()));
        return new PartnerRecord(p.id().value(), p.name(), p.kind().name(), p.status().name(), p.agreement().reference(),
                scope, new TreeSet<>(p.agreement().complaintDuties()), p.admittedOn(), p.evaluationInterval().getYears() * 12
                + p.evaluationInterval().getMonths(), p.nextEvaluationDue(),
                p.history().stream().map(h -> new PartnerStatusRecord(h.status().name(), h.at(), h.actor(), h.reason())).toList(),
                p.evaluations().stream().map(e -> new PartnerEvaluationRecord(e.on(), e.actor(), e.score(),
                        e.conclusion().name(), e.note())).toList(), version);
    }
}
