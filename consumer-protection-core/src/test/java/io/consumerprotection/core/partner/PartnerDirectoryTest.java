package io.consumerprotection.core.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryPartnerRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PartnerDirectoryTest {

    static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final PartnerId INSURER = PartnerId.of("P-INS-1");

    final InMemoryAuditSink sink = new InMemoryAuditSink();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryPartnerRegistry registry = new InMemoryPartnerRegistry();
    final PartnerDirectory directory = PartnerDirectory.of(registry, AuditTrail.of(sink, clock), clock, CHINA);

    static ProtectionAgreement agreement() {
        return ProtectionAgreement.of("AGR-2026-01", Set.of(FieldType.NAME, FieldType.MOBILE), Set.of("FORWARD_COMPLAINTS_1_DAY"));
    }

    Partner admitted(PartnerId id, PartnerKind kind) {
        directory.apply(id, "某某机构", kind, "STAFF-1");
        return directory.admit(id, "STAFF-2", agreement(), Period.ofMonths(12), "准入评审通过");
    }

    List<AuditRecord> trail() {
        try (Stream<AuditRecord> s = sink.records()) {
            return s.toList();
        }
    }

    @Test
    void applicationAdmissionEvaluationAndBlacklistAreKeptWithHistoryAndAudited() {
        directory.apply(INSURER, "某某人寿保险股份有限公司", PartnerKind.INSURER, "STAFF-1");
        Partner admitted = directory.admit(INSURER, "STAFF-2", agreement(), Period.ofMonths(12), "准入评审通过");
        assertThat(admitted.status()).isEqualTo(PartnerStatus.ADMITTED);
        assertThat(admitted.admittedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(admitted.nextEvaluationDue()).isEqualTo(LocalDate.of(2027, 1, 5));

        Partner watched = directory.evaluate(INSURER, "STAFF-3", LocalDate.of(2026, 1, 4), 68, EvaluationConclusion.WATCH, "代销投诉上升");
        assertThat(watched.status()).isEqualTo(PartnerStatus.WATCHED);
        assertThat(watched.nextEvaluationDue()).isEqualTo(LocalDate.of(2027, 1, 4));
        Partner black = directory.blacklist(INSURER, "STAFF-4", "误导销售屡查屡犯");

        assertThat(directory.get(INSURER)).isEqualTo(black);
        assertThat(black.mayOperate()).isFalse();
        assertThat(black.history()).extracting(PartnerStatusChange::status).containsExactly(PartnerStatus.PENDING,
                PartnerStatus.ADMITTED, PartnerStatus.WATCHED, PartnerStatus.BLACKLISTED);
        assertThat(black.history().get(3).reason()).isEqualTo("误导销售屡查屡犯");
        assertThat(trail()).extracting(AuditRecord::action).containsExactly("PARTNER_APPLIED", "PARTNER_ADMITTED",
                "PARTNER_EVALUATED", "PARTNER_STATUS_CHANGED");
        assertThat(trail().get(3).details()).containsEntry("from", "WATCHED").containsEntry("to", "BLACKLISTED");
    }

    @Test
    void aBlacklistedPartnerCanOnlyExitAndAStatusChangeNeedsAReason() {
        admitted(INSURER, PartnerKind.INSURER);
        directory.blacklist(INSURER, "S", "违规");
        assertThatThrownBy(() -> directory.changeStatus(INSURER, PartnerStatus.ADMITTED, "S", "恢复"))
                .isInstanceOfSatisfying(InvalidPartnerException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("Transition"));
        assertThatThrownBy(() -> directory.changeStatus(INSURER, PartnerStatus.EXITED, "S", " "))
                .isInstanceOf(InvalidPartnerException.class).hasMessageContaining("reason");
        assertThat(directory.changeStatus(INSURER, PartnerStatus.EXITED, "S", "终止合作").status()).isEqualTo(PartnerStatus.EXITED);
    }

    @Test
    void admissionNeedsAPendingPartnerAnAgreementAndAnIntervalInMonths() {
        directory.apply(INSURER, "某某机构", PartnerKind.INSURER, "S");
        assertThatThrownBy(() -> directory.changeStatus(INSURER, PartnerStatus.ADMITTED, "S", "x"))
                .isInstanceOf(InvalidPartnerException.class).hasMessageContaining("Admission");
        assertThatThrownBy(() -> directory.admit(INSURER, "", ProtectionAgreement.of(" ", Set.of(), Set.of()), Period.ofDays(10), ""))
                .isInstanceOfSatisfying(InvalidPartnerException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("actor", "reason", "agreement.reference", "interval"));
        assertThat(directory.get(INSURER).status()).isEqualTo(PartnerStatus.PENDING);
        assertThat(trail()).hasSize(1);
    }

    @Test
    void aFailedEvaluationSuspendsAndTheScoreIsChecked() {
        admitted(INSURER, PartnerKind.INSURER);
        assertThatThrownBy(() -> directory.evaluate(INSURER, "S", LocalDate.of(2026, 1, 5), 101, EvaluationConclusion.PASS, ""))
                .isInstanceOf(InvalidPartnerException.class).hasMessageContaining("score");
        assertThatThrownBy(() -> directory.evaluate(INSURER, "S", LocalDate.of(2026, 1, 6), 50, EvaluationConclusion.PASS, ""))
                .isInstanceOf(InvalidPartnerException.class).hasMessageContaining("NotInFuture");
        assertThat(directory.evaluate(INSURER, "S", LocalDate.of(2026, 1, 5), 40, EvaluationConclusion.FAIL, "").status())
                .isEqualTo(PartnerStatus.SUSPENDED);
    }

    @Test
    void partnersDueForEvaluationAreListedByDueDay() {
        admitted(PartnerId.of("P-B"), PartnerKind.FUND_COMPANY);
        admitted(PartnerId.of("P-A"), PartnerKind.PAYMENT);
        directory.apply(PartnerId.of("P-C"), "x", PartnerKind.DATA, "S");
        assertThat(directory.dueForEvaluation(LocalDate.of(2026, 12, 1), 30)).isEmpty();
        assertThat(directory.dueForEvaluation(LocalDate.of(2026, 12, 10), 30)).extracting(p -> p.id().value())
                .containsExactly("P-A", "P-B");
    }

    @Test
    void theStatusInForceAtAnInstantFollowsTheHistory() {
        Partner p = admitted(INSURER, PartnerKind.INSURER);
        assertThat(p.statusAt(NOW.minusSeconds(1))).isEmpty();
        assertThat(p.statusAt(NOW)).contains(PartnerStatus.ADMITTED);
    }
}
