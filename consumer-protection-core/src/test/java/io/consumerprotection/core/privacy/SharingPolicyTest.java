package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.privacy.ConsentRecord;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryConsentRegistry;
import io.consumerprotection.testkit.InMemoryTokenVault;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharingPolicyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T00:00:00Z");
    private static final String CARD = "6222021234567890128";
    private static final String ID = "11010519491231002X";

    private final InMemoryAuditSink sink = new InMemoryAuditSink();
    private final InMemoryConsentRegistry consents = new InMemoryConsentRegistry();
    private final InMemoryTokenVault vault = new InMemoryTokenVault();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final SharingPolicy policy = SharingPolicy.builder().consentRegistry(consents)
            .auditTrail(AuditTrail.of(sink, clock)).clock(clock).build();

    private static final Recipient PARTNER = new Recipient("INSURER-1", true);

    private static SharingRequest request(String purpose, Recipient r, Map<FieldType, String> fields, LegalBasis basis,
                                          String country, String assessment) {
        return new SharingRequest("EMP-1", "CUST-1", purpose, r, fields, basis, country, assessment);
    }

    private void consent(String purpose, boolean separate, Set<String> scope, Set<String> countries) {
        consents.record(new ConsentRecord("C-" + purpose + scope.size() + countries.size(), "CUST-1", purpose, scope,
                separate, countries, NOW.minusSeconds(3600), null));
    }

    @Test
    void outsideTheCooperationScopeIsDenied() {
        SharingDecision d = policy.decide(request("INSURANCE_AGENCY", new Recipient("X", false),
                Map.of(FieldType.NAME, "张三"), LegalBasis.CONTRACT, "CN", null));

        assertThat(d.outcome()).isEqualTo(SharingDecision.Outcome.DENY);
        assertThat(d.payload()).isEmpty();
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("OUTSIDE_COOPERATION_SCOPE");
            assertThat(r.citation()).contains("JR/T 0171");
        });
    }

    @Test
    void minimisesDropsC3AndMasksWhatThePurposeNeedsOnlyMasked() {
        consent("INSURANCE_AGENCY", true, Set.of("NAME", "RESIDENT_ID", "MOBILE", "BANK_CARD"), Set.of());
        SharingDecision d = policy.decide(request("INSURANCE_AGENCY", PARTNER, Map.of(FieldType.NAME, "张三",
                FieldType.RESIDENT_ID, ID, FieldType.BANK_CARD, CARD, FieldType.CVN, "123", FieldType.BALANCE, "100.00"),
                LegalBasis.CONSENT, "CN", null));

        assertThat(d.outcome()).isEqualTo(SharingDecision.Outcome.ALLOW_MASKED);
        assertThat(d.payload()).containsOnlyKeys(FieldType.NAME, FieldType.RESIDENT_ID, FieldType.BANK_CARD)
                .containsEntry(FieldType.BANK_CARD, "622202*********0128").containsEntry(FieldType.RESIDENT_ID, ID);
        assertThat(d.reasons()).extracting(r -> r.code() + ":" + r.field()).contains("C3_NEVER_SHARED:CVN",
                "FIELD_NOT_NECESSARY:BALANCE", "MASKED_FOR_PURPOSE:BANK_CARD");
        assertThat(d.toString()).doesNotContain(ID).doesNotContain(CARD);
    }

    @Test
    void financialAccountNeedsSeparateConsentAndIsTokenisedWithAVault() {
        consent("ENTRUSTED_COLLECTION", false, Set.of("NAME", "MOBILE", "LOAN", "BANK_CARD"), Set.of());
        SharingRequest r = request("ENTRUSTED_COLLECTION", PARTNER, Map.of(FieldType.NAME, "张三", FieldType.LOAN, "50000",
                FieldType.BANK_CARD, CARD), LegalBasis.CONSENT, "CN", null);

        SharingDecision d = policy.decide(r);
        assertThat(d.payload()).containsOnlyKeys(FieldType.NAME);
        assertThat(d.reasons()).extracting(x -> x.code() + ":" + x.field())
                .contains("SEPARATE_CONSENT_REQUIRED:LOAN", "SEPARATE_CONSENT_REQUIRED:BANK_CARD");
        assertThat(d.reasons()).filteredOn(x -> x.code().equals("SEPARATE_CONSENT_REQUIRED"))
                .allSatisfy(x -> assertThat(x.citation()).contains("PIPL arts 28-29"));

        consent("ENTRUSTED_COLLECTION", true, Set.of("LOAN", "BANK_CARD"), Set.of());
        SharingPolicy withVault = SharingPolicy.builder().consentRegistry(consents).tokenVault(vault)
                .auditTrail(AuditTrail.of(sink, clock)).clock(clock).build();
        SharingDecision d2 = withVault.decide(r);
        assertThat(d2.payload()).containsOnlyKeys(FieldType.NAME, FieldType.LOAN, FieldType.BANK_CARD);
        assertThat(vault.detokenize(d2.payload().get(FieldType.BANK_CARD))).contains(CARD);
        assertThat(d2.reasons()).extracting(SharingReason::code).contains("TOKENISED");
    }

    @Test
    void legalObligationNeedsNoConsentAndAllowsWhenNothingChanges() {
        SharingDecision d = policy.decide(request("FRAUD_INVESTIGATION", PARTNER, Map.of(FieldType.NAME, "张三",
                FieldType.BANK_CARD, CARD), LegalBasis.LEGAL_OBLIGATION, "CN", null));

        assertThat(d.outcome()).isEqualTo(SharingDecision.Outcome.ALLOW);
        assertThat(d.payload()).containsEntry(FieldType.BANK_CARD, CARD);
        assertThat(d.reasons()).isEmpty();
    }

    @Test
    void consentBasisWithoutConsentIsDenied() {
        SharingDecision d = policy.decide(request("INSURANCE_AGENCY", PARTNER, Map.of(FieldType.NAME, "张三"),
                LegalBasis.CONSENT, "CN", null));

        assertThat(d.reasons()).extracting(SharingReason::code).containsExactly("NO_CONSENT");
    }

    @Test
    void marketingNeedsOptIn() {
        SharingRequest r = request("MARKETING", PARTNER, Map.of(FieldType.MOBILE, "13812345678"), LegalBasis.CONTRACT,
                "CN", null);
        assertThat(policy.decide(r).reasons()).extracting(SharingReason::code).containsExactly("MARKETING_NEEDS_OPT_IN");

        consent("MARKETING", false, Set.of("MOBILE"), Set.of());
        assertThat(policy.decide(r).outcome()).isEqualTo(SharingDecision.Outcome.ALLOW);
    }

    @Test
    void crossBorderNeedsSeparateConsentAndAnAssessment() {
        consent("FRAUD_INVESTIGATION", true, Set.of("NAME"), Set.of("SG"));
        Map<FieldType, String> fields = Map.of(FieldType.NAME, "张三");

        assertThat(policy.decide(request("FRAUD_INVESTIGATION", PARTNER, fields, LegalBasis.LEGAL_OBLIGATION, "SG", null))
                .reasons()).extracting(SharingReason::code).containsExactly("CROSS_BORDER_NOT_ALLOWED");
        assertThat(policy.decide(request("FRAUD_INVESTIGATION", PARTNER, fields, LegalBasis.LEGAL_OBLIGATION, "US",
                "CAC-2025-001")).outcome()).isEqualTo(SharingDecision.Outcome.DENY);
        assertThat(policy.decide(request("FRAUD_INVESTIGATION", PARTNER, fields, LegalBasis.LEGAL_OBLIGATION, "SG",
                "CAC-2025-001")).outcome()).isEqualTo(SharingDecision.Outcome.ALLOW);
    }

    @Test
    void everyDecisionIsAuditedWithoutValues() {
        policy.decide(request("FRAUD_INVESTIGATION", PARTNER, Map.of(FieldType.BANK_CARD, CARD), LegalBasis.LEGAL_OBLIGATION,
                "CN", null));
        policy.decide(request("NOPE", PARTNER, Map.of(FieldType.BANK_CARD, CARD), LegalBasis.LEGAL_OBLIGATION, "CN", null));

        assertThat(sink.records().toList()).extracting(AuditRecord::outcome).containsExactly("ALLOW", "DENY");
        assertThat(sink.records().toList()).allSatisfy(a -> {
            assertThat(a.action()).isEqualTo("PII_SHARING_DECIDED");
            assertThat(a.toString()).doesNotContain(CARD);
        });
    }
}
