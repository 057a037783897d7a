package io.consumerprotection.core.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryPartnerRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Random status changes against a transition table written from the rule text, not from the code. */
class PartnerStatusProperties {

    /** Naive table: blacklisted only exits, exited is final, pending needs admission (not a status change) to be admitted. */
    private static final Map<PartnerStatus, Set<PartnerStatus>> ALLOWED = Map.of(
            PartnerStatus.PENDING, Set.of(PartnerStatus.BLACKLISTED, PartnerStatus.EXITED),
            PartnerStatus.ADMITTED, Set.of(PartnerStatus.WATCHED, PartnerStatus.SUSPENDED, PartnerStatus.BLACKLISTED, PartnerStatus.EXITED),
            PartnerStatus.WATCHED, Set.of(PartnerStatus.ADMITTED, PartnerStatus.SUSPENDED, PartnerStatus.BLACKLISTED, PartnerStatus.EXITED),
            PartnerStatus.SUSPENDED, Set.of(PartnerStatus.ADMITTED, PartnerStatus.WATCHED, PartnerStatus.BLACKLISTED, PartnerStatus.EXITED),
            PartnerStatus.BLACKLISTED, Set.of(PartnerStatus.EXITED),
            PartnerStatus.EXITED, Set.of());

    @Property(tries = 200)
    void statusChangesFollowTheTableAndTheHistoryRecordsEachAcceptedOne(
            @ForAll boolean admitFirst, @ForAll @Size(max = 12) List<PartnerStatus> attempts) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneOffset.UTC);
        InMemoryAuditSink sink = new InMemoryAuditSink();
        PartnerDirectory d = PartnerDirectory.of(new InMemoryPartnerRegistry(), AuditTrail.of(sink, clock), clock,
                ZoneId.of("Asia/Shanghai"));
        PartnerId id = PartnerId.of("P-1");
        d.apply(id, "机构", PartnerKind.OTHER, "S");
        PartnerStatus expected = PartnerStatus.PENDING;
        int accepted = 1;
        if (admitFirst) {
            d.admit(id, "S", ProtectionAgreement.of("AGR-1", Set.of(), Set.of()), Period.ofMonths(6), "通过");
            expected = PartnerStatus.ADMITTED;
            accepted++;
        }
        for (PartnerStatus to : attempts) {
            boolean ok = ALLOWED.get(expected).contains(to);
            try {
                d.changeStatus(id, to, "S", "理由");
                assertThat(ok).as("accepted %s -> %s", expected, to).isTrue();
                expected = to;
                accepted++;
            } catch (InvalidPartnerException e) {
                assertThat(ok).as("refused %s -> %s", expected, to).isFalse();
            }
        }
        Partner p = d.get(id);
        assertThat(p.status()).isEqualTo(expected);
        assertThat(p.history()).hasSize(accepted);
        assertThat(p.history().get(p.history().size() - 1).status()).isEqualTo(expected);
        assertThat(p.mayOperate()).isEqualTo(expected == PartnerStatus.ADMITTED || expected == PartnerStatus.WATCHED);
        assertThat(p.version()).isEqualTo(accepted);
    }
}
