package io.consumerprotection.core.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.core.privacy.LegalBasis;
import io.consumerprotection.core.privacy.Recipient;
import io.consumerprotection.core.privacy.SharingDecision;
import io.consumerprotection.core.privacy.SharingPolicy;
import io.consumerprotection.core.privacy.SharingReason;
import io.consumerprotection.core.privacy.SharingRequest;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryConsentRegistry;
import io.consumerprotection.testkit.InMemoryPartnerRegistry;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PartnerSharingTest {

    private final InMemoryAuditSink sink = new InMemoryAuditSink();
    private final Clock clock = Clock.fixed(PartnerDirectoryTest.NOW, ZoneOffset.UTC);
    private final AuditTrail trail = AuditTrail.of(sink, clock);
    private final PartnerDirectory directory = PartnerDirectory.of(new InMemoryPartnerRegistry(), trail, clock,
            PartnerDirectoryTest.CHINA);
    private final SharingPolicy policy = SharingPolicy.builder().consentRegistry(new InMemoryConsentRegistry())
            .auditTrail(trail).clock(clock).build();
    private final PartnerSharing sharing = PartnerSharing.of(directory, policy, trail);
    private final PartnerId agency = PartnerId.of("P-COL-1");

    private static SharingRequest request(Map<FieldType, String> fields) {
        return new SharingRequest("STAFF-1", "CUST-1", "ENTRUSTED_COLLECTION", new Recipient("ignored", false), fields,
                LegalBasis.CONTRACT, "CN", null);
    }

    private void admit() {
        directory.apply(agency, "某某催收公司", PartnerKind.COLLECTION_AGENCY, "S");
        directory.admit(agency, "S", ProtectionAgreement.of("AGR-COL-1", Set.of(FieldType.NAME, FieldType.MOBILE, FieldType.LOAN),
                Set.of()), Period.ofMonths(6), "通过");
    }

    private List<String> codes(SharingDecision d) {
        return d.reasons().stream().map(SharingReason::code).toList();
    }

    @Test
    void anAdmittedPartnerWithinItsScopeGoesOnToThePolicy() {
        admit();
        SharingDecision d = sharing.decide(request(Map.of(FieldType.NAME, "张三", FieldType.MOBILE, "13812345678")), agency);
        assertThat(d.outcome()).isNotEqualTo(SharingDecision.Outcome.DENY);
        assertThat(d.payload()).containsKeys(FieldType.NAME, FieldType.MOBILE);
    }

    @Test
    void aFieldOutsideTheAgreedScopeIsRefused() {
        admit();
        SharingDecision d = sharing.decide(request(Map.of(FieldType.NAME, "张三", FieldType.RESIDENT_ID, "11010519491231002X")), agency);
        assertThat(d.outcome()).isEqualTo(SharingDecision.Outcome.DENY);
        assertThat(codes(d)).containsExactly("OUTSIDE_PARTNER_SCOPE");
        assertThat(d.reasons().get(0).field()).isEqualTo(FieldType.RESIDENT_ID);
    }

    @Test
    void blacklistedSuspendedAndUnknownPartnersAreRefusedAndAudited() {
        admit();
        directory.changeStatus(agency, PartnerStatus.SUSPENDED, "S", "整改期间");
        assertThat(codes(sharing.decide(request(Map.of(FieldType.NAME, "张三")), agency))).containsExactly("PARTNER_NOT_ADMITTED");
        directory.blacklist(agency, "S", "暴力催收");
        assertThat(codes(sharing.decide(request(Map.of(FieldType.NAME, "张三")), agency))).containsExactly("PARTNER_BLACKLISTED");
        assertThat(codes(sharing.decide(request(Map.of(FieldType.NAME, "张三")), PartnerId.of("NOPE"))))
                .containsExactly("PARTNER_NOT_REGISTERED");
        List<AuditRecord> decisions;
        try (Stream<AuditRecord> s = sink.records()) {
            decisions = s.filter(r -> r.action().equals("PII_SHARING_DECIDED")).toList();
        }
        assertThat(decisions).hasSize(3).extracting(AuditRecord::outcome).containsOnly("DENY");
        assertThat(decisions.get(1).details()).containsEntry("partnerStatus", "BLACKLISTED");
        assertThat(decisions).allSatisfy(r -> assertThat(r.details().values()).noneMatch(v -> v.contains("张三")));
    }
}
