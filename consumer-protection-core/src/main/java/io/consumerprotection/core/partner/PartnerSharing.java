package io.consumerprotection.core.partner;

import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.core.privacy.Recipient;
import io.consumerprotection.core.privacy.SharingDecision;
import io.consumerprotection.core.privacy.SharingPolicy;
import io.consumerprotection.core.privacy.SharingReason;
import io.consumerprotection.core.privacy.SharingRequest;
import io.consumerprotection.spi.audit.AuditRecord;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sharing decisions for data going to a partner: the partner must be registered and in cooperation (admitted or
 * watched; a blacklisted, suspended, pending or exited partner is refused), and every requested field must lie in
 * its agreement's data scope (seed 001: only within the cooperation's scope); then the {@link SharingPolicy}
 * decides as for any recipient. A refusal here is audited like the policy's decisions ({@code PII_SHARING_DECIDED},
 * outcome {@code DENY}) with the reason {@code PARTNER_NOT_REGISTERED}, {@code PARTNER_BLACKLISTED},
 * {@code PARTNER_NOT_ADMITTED} or {@code OUTSIDE_PARTNER_SCOPE}. Thread-safe.
 */
public final class PartnerSharing {

    private static final String CITATION = "seed 001 (合作范围内提供信息); seed 003 (合作机构黑名单); PIPL art. 23";

    private final PartnerDirectory partners;
    private final SharingPolicy policy;
    private final AuditTrail trail;

    private PartnerSharing(PartnerDirectory partners, SharingPolicy policy, AuditTrail trail) {
        this.partners = partners;
        this.policy = policy;
        this.trail = trail;
    }

    /** Sharing through {@code partners}, then {@code policy}; refusals audited to {@code trail}. */
    public static PartnerSharing of(PartnerDirectory partners, SharingPolicy policy, AuditTrail trail) {
        return new PartnerSharing(Objects.requireNonNull(partners, "partners"), Objects.requireNonNull(policy, "policy"),
                Objects.requireNonNull(trail, "trail"));
    }

    /** Decides a request to share with {@code partnerId}; the request's recipient is replaced by the partner. */
    public SharingDecision decide(SharingRequest request, PartnerId partnerId) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(partnerId, "partnerId");
        Optional<Partner> found = partners.find(partnerId);
        List<SharingReason> reasons = new ArrayList<>();
        if (found.isEmpty()) {
            reasons.add(new SharingReason("PARTNER_NOT_REGISTERED", null, CITATION));
        } else if (found.get().status() == PartnerStatus.BLACKLISTED) {
            reasons.add(new SharingReason("PARTNER_BLACKLISTED", null, CITATION));
        } else if (!found.get().mayOperate()) {
            reasons.add(new SharingReason("PARTNER_NOT_ADMITTED", null, CITATION));
        } else {
            Set<FieldType> requested = request.fields().isEmpty() ? EnumSet.noneOf(FieldType.class)
                    : EnumSet.copyOf(request.fields().keySet());
            for (FieldType f : found.get().outsideScope(requested)) {
                reasons.add(new SharingReason("OUTSIDE_PARTNER_SCOPE", f, CITATION));
            }
        }
        if (reasons.isEmpty()) {
            return policy.decide(new SharingRequest(request.actor(), request.customerId(), request.purpose(),
                    new Recipient(partnerId.value(), true), request.fields(), request.legalBasis(),
                    request.destinationCountry(), request.securityAssessmentRef()));
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("recipient", partnerId.value());
        details.put("partnerStatus", found.map(p -> p.status().name()).orElse("UNKNOWN"));
        details.put("requestedFields", request.fields().keySet().stream().map(Enum::name).sorted().toList().toString());
        details.put("reasons", reasons.stream().map(r -> r.code() + (r.field() == null ? "" : ":" + r.field()))
                .reduce((a, b) -> a + "," + b).orElse(""));
        details.put("policyVersion", policy.version());
        AuditRecord record = trail.append(request.actor(), "PII_SHARING_DECIDED", "CUSTOMER", request.customerId(),
                request.purpose(), SharingDecision.Outcome.DENY.name(), details);
        return new SharingDecision(SharingDecision.Outcome.DENY, Map.of(), reasons, policy.version(), record.id());
    }
}
