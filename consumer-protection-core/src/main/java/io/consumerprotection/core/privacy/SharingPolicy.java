package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.privacy.ReferenceTable;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.privacy.ConsentRecord;
import io.consumerprotection.spi.privacy.ConsentRegistry;
import io.consumerprotection.spi.privacy.TokenVault;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides sharing requests (PIPL and JR/T 0171): outside the cooperation scope is denied; an undefined
 * purpose is denied; marketing needs an opt-in consent; a cross-border transfer needs a separate consent
 * naming the country plus a security-assessment record; consent as legal basis needs an active consent for
 * the purpose; C3 never leaves; fields beyond the purpose's minimum set are dropped; a financial account needs
 * a separate consent; fields the purpose needs only masked are masked, account and card numbers tokenised
 * through the {@link TokenVault} when there is one (JR/T 0149). Every decision is appended to the
 * {@link AuditTrail}. Purposes, minimum field sets and citations come from {@code sharing-policy.tsv}.
 * Thread-safe.
 */
public final class SharingPolicy {

    private static final Set<FieldType> FINANCIAL_ACCOUNT = EnumSet.of(FieldType.BANK_CARD, FieldType.ACCOUNT,
            FieldType.BALANCE, FieldType.LOAN, FieldType.TRANSACTION);

    /** The form in which a purpose may receive a field. */
    public enum Form {
        /** As it is. */
        RAW,
        /** Masked (or tokenised for account and card numbers). */
        MASKED
    }

    private final Map<String, Map<FieldType, Form>> minimum;
    private final Set<String> marketing;
    private final Map<String, String> citations;
    private final String version;
    private final ConsentRegistry consents;
    private final TokenVault vault;
    private final AuditTrail trail;
    private final Masker masker;
    private final FieldCatalogue catalogue;
    private final Clock clock;

    private SharingPolicy(Builder b) {
        this.minimum = Map.copyOf(b.minimum);
        this.marketing = Set.copyOf(b.marketing);
        this.citations = Map.copyOf(b.citations);
        this.version = b.version;
        this.consents = Objects.requireNonNull(b.consents, "consentRegistry");
        this.trail = Objects.requireNonNull(b.trail, "auditTrail");
        this.vault = b.vault;
        this.masker = b.masker;
        this.catalogue = b.catalogue;
        this.clock = b.clock;
    }

    /** A builder with the bundled policy; the consent registry and audit trail are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The data version of the policy. */
    public String version() {
        return version;
    }

    /** Decides a request and audits the decision. */
    public SharingDecision decide(SharingRequest request) {
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        List<SharingReason> reasons = new ArrayList<>();
        Map<FieldType, String> payload = new EnumMap<>(FieldType.class);
        SharingDecision.Outcome outcome = decide(request, now, reasons, payload);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("recipient", request.recipient().id());
        details.put("requestedFields", names(request.fields().keySet()));
        details.put("sharedFields", names(payload.keySet()));
        details.put("reasons", reasons.stream().map(r -> r.code() + (r.field() == null ? "" : ":" + r.field()))
                .collect(Collectors.joining(",")));
        details.put("legalBasis", request.legalBasis().name());
        details.put("destination", request.destinationCountry());
        details.put("policyVersion", version);
        AuditRecord record = trail.append(request.actor(), "PII_SHARING_DECIDED", "CUSTOMER", request.customerId(),
                request.purpose(), outcome.name(), details);
        return new SharingDecision(outcome, outcome == SharingDecision.Outcome.DENY ? Map.of() : payload, reasons,
                version, record.id());
    }

    private SharingDecision.Outcome decide(SharingRequest request, Instant now, List<SharingReason> reasons,
                                           Map<FieldType, String> payload) {
        if (!request.recipient().withinCooperationScope()) {
            return deny(reasons, "OUTSIDE_COOPERATION_SCOPE");
        }
        Map<FieldType, Form> allowed = minimum.get(request.purpose());
        if (allowed == null) {
            return deny(reasons, "PURPOSE_NOT_DEFINED");
        }
        List<ConsentRecord> active = consents.findByCustomer(request.customerId()).stream()
                .filter(c -> c.purpose().equals(request.purpose()) && c.isActiveAt(now)).toList();
        if (marketing.contains(request.purpose()) && active.isEmpty()) {
            return deny(reasons, "MARKETING_NEEDS_OPT_IN");
        }
        if (request.isCrossBorder()) {
            boolean consented = active.stream().anyMatch(c -> c.separate()
                    && c.countries().stream().anyMatch(k -> k.equalsIgnoreCase(request.destinationCountry())));
            if (!consented || request.findSecurityAssessmentRef().isEmpty()) {
                return deny(reasons, "CROSS_BORDER_NOT_ALLOWED");
            }
        }
        boolean byConsent = request.legalBasis() == LegalBasis.CONSENT || marketing.contains(request.purpose());
        if (byConsent && active.isEmpty()) {
            return deny(reasons, "NO_CONSENT");
        }
        Set<String> scope = new HashSet<>();
        Set<String> separateScope = new HashSet<>();
        for (ConsentRecord c : active) {
            scope.addAll(c.scope());
            if (c.separate()) {
                separateScope.addAll(c.scope());
            }
        }
        boolean changed = false;
        for (Map.Entry<FieldType, String> e : request.fields().entrySet()) {
            FieldType t = e.getKey();
            if (catalogue.classOf(t) == InformationClass.C3) {
                reasons.add(reason("C3_NEVER_SHARED", t));
                changed = true;
                continue;
            }
            Form form = allowed.get(t);
            if (form == null) {
                reasons.add(reason("FIELD_NOT_NECESSARY", t));
                changed = true;
                continue;
            }
            if (byConsent && !scope.contains(t.name())) {
                reasons.add(reason("OUTSIDE_CONSENT_SCOPE", t));
                changed = true;
                continue;
            }
            if (FINANCIAL_ACCOUNT.contains(t) && request.legalBasis() != LegalBasis.LEGAL_OBLIGATION
                    && !separateScope.contains(t.name())) {
                reasons.add(reason("SEPARATE_CONSENT_REQUIRED", t));
                changed = true;
                continue;
            }
            if (form == Form.MASKED) {
                changed = true;
                if (vault != null && (t == FieldType.BANK_CARD || t == FieldType.ACCOUNT)) {
                    payload.put(t, vault.tokenize(e.getValue()));
                    reasons.add(reason("TOKENISED", t));
                } else {
                    payload.put(t, masker.mask(t, e.getValue(), MaskingChannel.EXPORT));
                    reasons.add(reason("MASKED_FOR_PURPOSE", t));
                }
            } else {
                payload.put(t, e.getValue());
            }
        }
        if (payload.isEmpty()) {
            return deny(reasons, "NOTHING_TO_SHARE");
        }
        return changed ? SharingDecision.Outcome.ALLOW_MASKED : SharingDecision.Outcome.ALLOW;
    }

    private SharingDecision.Outcome deny(List<SharingReason> reasons, String code) {
        reasons.add(reason(code, null));
        return SharingDecision.Outcome.DENY;
    }

    private SharingReason reason(String code, FieldType field) {
        return new SharingReason(code, field, citations.getOrDefault(code, "—"));
    }

    private static String names(Set<FieldType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** The minimum field set of a purpose, if the purpose is defined. */
    public Optional<Map<FieldType, Form>> findMinimumFields(String purpose) {
        return Optional.ofNullable(minimum.get(Objects.requireNonNull(purpose, "purpose")));
    }

    @Override
    public String toString() {
        return "SharingPolicy[version=" + version + ", purposes=" + new java.util.TreeSet<>(minimum.keySet()) + "]";
    }

    /** Builds a {@link SharingPolicy}; not thread-safe. */
    public static final class Builder {

        private final Map<String, Map<FieldType, Form>> minimum = new HashMap<>();
        private final Set<String> marketing = new HashSet<>();
        private final Map<String, String> citations = new HashMap<>();
        private String version;
        private ConsentRegistry consents;
        private TokenVault vault;
        private AuditTrail trail;
        private Masker masker = Masker.standard();
        private FieldCatalogue catalogue = FieldCatalogue.standard();
        private Clock clock = Clock.systemUTC();

        private Builder() {
            ReferenceTable t = ReferenceTable.load(SharingPolicy.class, "sharing-policy.tsv");
            version = t.version();
            for (String[] row : t.rows()) {
                switch (row[0]) {
                    case "rule" -> citations.put(row[1], row[2]);
                    case "marketing" -> marketing.add(row[1]);
                    case "field" -> purpose(row[1], FieldType.valueOf(row[2]), Form.valueOf(row[3]));
                    default -> throw new IllegalStateException("sharing-policy.tsv: unknown row kind " + row[0]);
                }
            }
        }

        /** Adds a field to a purpose's minimum set (defining the purpose if new). */
        public Builder purpose(String purpose, FieldType type, Form form) {
            minimum.computeIfAbsent(Objects.requireNonNull(purpose, "purpose"), p -> new EnumMap<>(FieldType.class))
                    .put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(form, "form"));
            return this;
        }

        /** Marks a purpose as marketing (it needs an opt-in consent). */
        public Builder marketingPurpose(String purpose) {
            marketing.add(Objects.requireNonNull(purpose, "purpose"));
            return this;
        }

        /** The customer consents (required). */
        public Builder consentRegistry(ConsentRegistry registry) {
            this.consents = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** The token vault for account and card numbers (optional: without it they are masked). */
        public Builder tokenVault(TokenVault tokenVault) {
            this.vault = Objects.requireNonNull(tokenVault, "tokenVault");
            return this;
        }

        /** The audit trail every decision is appended to (required). */
        public Builder auditTrail(AuditTrail auditTrail) {
            this.trail = Objects.requireNonNull(auditTrail, "auditTrail");
            return this;
        }

        /** The masker for masked fields (the standard one by default). */
        public Builder masker(Masker m) {
            this.masker = Objects.requireNonNull(m, "masker");
            return this;
        }

        /** The field catalogue (the standard one by default). */
        public Builder catalogue(FieldCatalogue c) {
            this.catalogue = Objects.requireNonNull(c, "catalogue");
            return this;
        }

        /** The clock consents are checked against. */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** Names the data version after host changes. */
        public Builder version(String dataVersion) {
            this.version = Objects.requireNonNull(dataVersion, "dataVersion");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @throws NullPointerException naming a missing consent registry or audit trail
         */
        public SharingPolicy build() {
            return new SharingPolicy(this);
        }
    }
}
