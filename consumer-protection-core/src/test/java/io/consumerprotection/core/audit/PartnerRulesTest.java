package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.partner.EvaluationConclusion;
import io.consumerprotection.core.partner.Partner;
import io.consumerprotection.core.partner.PartnerActivity;
import io.consumerprotection.core.partner.PartnerDirectory;
import io.consumerprotection.core.partner.PartnerFacts;
import io.consumerprotection.core.partner.PartnerFigures;
import io.consumerprotection.core.partner.PartnerId;
import io.consumerprotection.core.partner.PartnerKind;
import io.consumerprotection.core.partner.PartnerSubject;
import io.consumerprotection.core.partner.ProtectionAgreement;
import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryPartnerRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PartnerRulesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");

    private final InMemoryPartnerRegistry registry = new InMemoryPartnerRegistry();
    private final InMemoryAuditSink sink = new InMemoryAuditSink();

    private PartnerDirectory at(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return PartnerDirectory.of(registry, AuditTrail.of(sink, clock), clock, CHINA);
    }

    private static ProductSaleRecord sale(String id, LocalDate on, String partner) {
        return new ProductSaleRecord(id, on, "CUST-1", "INS-01", "AGENCY_INSURANCE", 2, 3, 40, "BRANCH", "REC-1", false, false,
                false).withPartnerId(partner);
    }

    @Test
    void salesAndSharingThroughPartnersNotInCooperationFail() {
        at(T0).apply(PartnerId.of("P-OK"), "甲保险", PartnerKind.INSURER, "S");
        at(T0).admit(PartnerId.of("P-OK"), "S", ProtectionAgreement.of("AGR-1", Set.of(), Set.of()), Period.ofMonths(12), "通过");
        at(T0).apply(PartnerId.of("P-BAD"), "乙保险", PartnerKind.INSURER, "S");
        at(T0).admit(PartnerId.of("P-BAD"), "S", ProtectionAgreement.of("AGR-2", Set.of(), Set.of()), Period.ofMonths(12), "通过");
        at(Instant.parse("2026-02-01T03:00:00Z")).blacklist(PartnerId.of("P-BAD"), "S", "违规销售");
        PartnerDirectory d = at(Instant.parse("2026-03-01T00:00:00Z"));

        List<ProductSaleRecord> sales = List.of(sale("S-1", LocalDate.of(2026, 1, 20), "P-OK"),
                sale("S-2", LocalDate.of(2026, 1, 20), "P-BAD"), sale("S-3", LocalDate.of(2026, 2, 1), "P-BAD"),
                sale("S-4", LocalDate.of(2026, 2, 10), "P-BAD"), sale("S-5", LocalDate.of(2026, 2, 10), "P-NONE"),
                sale("S-6", LocalDate.of(2026, 1, 5), "P-OK"), sale("S-7", LocalDate.of(2026, 2, 10), ""),
                sale("S-8", LocalDate.of(2026, 1, 4), "P-OK"));
        List<DataSharingRecord> sharings = List.of(new DataSharingRecord("D-1", LocalDate.of(2026, 2, 10), "P-BAD", "PARTNER",
                "ENTRUSTED_COLLECTION", "CONTRACT", null, false, false, Set.of("NAME"), Set.of("NAME"), "CN", null));
        Map<String, FindingKind> kinds = new java.util.TreeMap<>();
        Rule<PartnerActivity> rule = AuditFixtures.rule("CP-PARTNER-001");
        AuditContext ctx = AuditContext.builder(Instant.parse("2026-03-01T00:00:00Z")).zone(CHINA).build();
        PartnerFacts.activities(d, sales.stream(), sharings.stream(), CHINA)
                .forEach(a -> kinds.put(a.subjectId(), rule.check(a, ctx).kind()));

        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                "SALE:S-1", FindingKind.PASS,
                "SALE:S-2", FindingKind.PASS,
                "SALE:S-3", FindingKind.NEEDS_REVIEW,
                "SALE:S-4", FindingKind.FAIL,
                "SALE:S-5", FindingKind.FAIL,
                "SALE:S-6", FindingKind.NEEDS_REVIEW,
                "SALE:S-8", FindingKind.FAIL,
                "SHARING:D-1", FindingKind.FAIL));
    }

    @Test
    void evaluationOverdueAndCollectionHarassmentThroughAnAuditRun() {
        PartnerDirectory d = at(T0);
        d.apply(PartnerId.of("P-COL"), "丙催收", PartnerKind.COLLECTION_AGENCY, "S");
        d.admit(PartnerId.of("P-COL"), "S", ProtectionAgreement.of("AGR-3", Set.of(), Set.of()), Period.ofMonths(6), "通过");
        d.apply(PartnerId.of("P-FUND"), "丁基金", PartnerKind.FUND_COMPANY, "S");
        d.admit(PartnerId.of("P-FUND"), "S", ProtectionAgreement.of("AGR-4", Set.of(), Set.of()), Period.ofMonths(12), "通过");
        d.apply(PartnerId.of("P-NEW"), "戊支付", PartnerKind.PAYMENT, "S");
        Map<String, PartnerFigures> figures = Map.of(
                "P-COL", new PartnerFigures(PartnerId.of("P-COL"), 5, 3, 40),
                "P-FUND", new PartnerFigures(PartnerId.of("P-FUND"), 9, 9, 40),
                "P-NEW", new PartnerFigures(PartnerId.of("P-NEW"), 0, 0, 40));
        List<PartnerSubject> subjects = d.all().stream().map(p -> new PartnerSubject(p, figures.get(p.id().value()))).toList();

        List<Finding> findings = new ArrayList<>();
        AuditContext ctx = AuditContext.builder(Instant.parse("2026-08-01T00:00:00Z")).zone(CHINA).build();
        AuditRun.builder(BuiltInRules.governance(), ctx).facts(SubjectKind.PARTNER, subjects::stream)
                .emit(EnumSet.allOf(FindingKind.class)).build().execute(findings::add);

        Map<String, FindingKind> overdue = findings.stream().filter(f -> f.ruleId().value().equals("CP-PARTNER-002"))
                .collect(Collectors.toMap(Finding::subjectId, Finding::kind));
        assertThat(overdue).isEqualTo(Map.of("P-COL", FindingKind.FAIL, "P-FUND", FindingKind.PASS, "P-NEW",
                FindingKind.NOT_APPLICABLE));
        Map<String, FindingKind> harassment = findings.stream().filter(f -> f.ruleId().value().equals("CP-PARTNER-003"))
                .collect(Collectors.toMap(Finding::subjectId, Finding::kind));
        assertThat(harassment).isEqualTo(Map.of("P-COL", FindingKind.FAIL, "P-FUND", FindingKind.NOT_APPLICABLE, "P-NEW",
                FindingKind.NOT_APPLICABLE));

        Partner evaluated = at(Instant.parse("2026-07-30T00:00:00Z")).evaluate(PartnerId.of("P-COL"), "S",
                LocalDate.of(2026, 7, 30), 80, EvaluationConclusion.PASS, "");
        Rule<PartnerSubject> rule = AuditFixtures.rule("CP-PARTNER-002");
        assertThat(rule.check(new PartnerSubject(evaluated, figures.get("P-COL")), ctx).kind()).isEqualTo(FindingKind.PASS);
    }
}
