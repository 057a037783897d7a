package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.partner.PartnerDirectory;
import io.consumerprotection.core.partner.PartnerFigures;
import io.consumerprotection.core.partner.PartnerId;
import io.consumerprotection.core.partner.PartnerKind;
import io.consumerprotection.core.partner.PartnerSubject;
import io.consumerprotection.core.partner.ProtectionAgreement;
import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryPartnerRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The harassment threshold of CP-PARTNER-003 is the host's data; the bundled 3 is only the default. */
class HarassmentThresholdTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");

    static List<Finding> run(RuleSet rules, long harassment) {
        PartnerDirectory d = PartnerDirectory.of(new InMemoryPartnerRegistry(), AuditTrail.of(new InMemoryAuditSink(),
                Clock.fixed(T0, ZoneOffset.UTC)), Clock.fixed(T0, ZoneOffset.UTC), CHINA);
        d.apply(PartnerId.of("P-COL"), "丙催收", PartnerKind.COLLECTION_AGENCY, "S");
        d.admit(PartnerId.of("P-COL"), "S", ProtectionAgreement.of("AGR-3", Set.of(), Set.of()), Period.ofMonths(12), "通过");
        List<PartnerSubject> subjects = List.of(new PartnerSubject(d.all().get(0),
                new PartnerFigures(PartnerId.of("P-COL"), 9, harassment, 40)));
        List<Finding> out = new ArrayList<>();
        AuditRun.builder(rules, AuditContext.builder(Instant.parse("2026-03-01T00:00:00Z")).zone(CHINA).build())
                .facts(SubjectKind.PARTNER, subjects::stream).emit(EnumSet.allOf(FindingKind.class)).build().execute(out::add);
        return out.stream().filter(f -> f.ruleId().value().equals("CP-PARTNER-003")).toList();
    }

    @Test
    void theBundledThresholdIsThreeAndTheHostsOwnReplacesIt() {
        RuleSet bank = RuleSet.builder("bank", "1").add(BuiltInRules.collectionHarassment(5)).addAll(BuiltInRules.governance())
                .build();

        assertThat(run(BuiltInRules.governance(), 4)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.FAIL);
        assertThat(run(bank, 4)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.PASS);
        assertThat(run(bank, 5)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(f.evidence().toString()).contains("threshold");
        });
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        assertThatThrownBy(() -> BuiltInRules.collectionHarassment(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
    }
}
