package io.consumerprotection.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.RollRule;
import java.io.StringReader;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DeadlinePolicyFormatTest {

    @Test
    void bundledPoliciesAreLoadedWithCitations() {
        assertThat(DeadlinePolicies.bundled().all()).extracting(p -> p.id().toString()).containsExactly(
                "NFRA-2020-3", "PBOC-2020-5", "REGULATOR-FORWARDING", "CREDIT-REPORTING-DISPUTE", "INTERNAL-3-5-10",
                "FCA-DISP", "CFPB");
        assertThat(DeadlinePolicies.bundled().all()).allSatisfy(p -> {
            assertThat(p.citation()).isNotBlank();
            assertThat(p.version()).isNotBlank();
        });
        DeadlinePolicy nfra = DeadlinePolicies.bundled().get(PolicyId.NFRA_2020_3);
        assertThat(nfra.calendarId()).isEqualTo(CalendarId.CHINA_MAINLAND);
        assertThat(nfra.roll()).isEqualTo(RollRule.NON_WORKING_DAYS);
        assertThat(nfra.pauseReasons()).containsExactlyInAnyOrder("MEDIATION", "OUTSIDE_APPRAISAL");
        MilestoneRule decision = nfra.findMilestone(Milestone.DECISION).orElseThrow();
        assertThat(decision.term()).isEqualTo(Term.calendarDays(15));
        assertThat(decision.extensions()).extracting(ExtensionStep::tier, s -> s.total().amount(), ExtensionStep::approverRequired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COMPLEX", 30, false),
                        org.assertj.core.groups.Tuple.tuple("VERY_COMPLEX", 60, true));
        assertThat(nfra.transfers()).containsEntry("PBOC_TRANSFER", PolicyId.PBOC_2020_5);
    }

    @Test
    void aHostPolicyFromTheFormat() {
        String text = """
                id = BANK-SLA
                version = 2025a
                title = Our own complaint SLA
                citation = Board resolution 2025-7
                cutoff = 17:00
                atRiskPercent = 50
                milestones = CONTACT
                milestone.CONTACT.term = 1 WORKING_DAYS
                milestone.CONTACT.end = CUSTOMER_CONTACTED
                """;
        DeadlinePolicy p = DeadlinePolicyFormat.parse(new StringReader(text), "bank.properties");
        assertThat(p.cutoff()).contains(LocalTime.of(17, 0));
        assertThat(p.atRiskPercent()).isEqualTo(50);
        assertThat(p.findMilestone("CONTACT").orElseThrow().term()).isEqualTo(Term.workingDays(1));
    }

    @Test
    void everyBadFieldIsNamed() {
        String text = """
                id = bank sla
                title = x
                zone = Mars/Olympus
                roll = SOMETIMES
                atRiskPercent = 120
                colour = red
                milestones = DECISION
                milestone.DECISION.term = fifteen days
                milestone.DECISION.end = DECIDED
                milestone.DECISION.pausable = maybe
                milestone.PLAN.term = 5 WORKING_DAYS
                """;
        assertThatThrownBy(() -> DeadlinePolicyFormat.parse(new StringReader(text), "bad.properties"))
                .isInstanceOfSatisfying(PolicyConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_POLICY");
                    assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule()).containsExactly(
                            "id MALFORMED_ID",
                            "colour UNKNOWN_KEY",
                            "milestone.PLAN.term UNDECLARED_MILESTONE",
                            "zone UNKNOWN_ZONE",
                            "roll UNKNOWN_VALUE",
                            "milestone.DECISION.term MALFORMED_TERM",
                            "milestone.DECISION.pausable MALFORMED_BOOLEAN");
                });
    }

    @Test
    void theBuilderValidatesToo() {
        assertThatThrownBy(() -> DeadlinePolicy.builder(PolicyId.of("HOST")).atRiskPercent(0)
                .milestone(MilestoneRule.of("DECISION", Term.calendarDays(30)).withExtensions(
                        new ExtensionStep("COMPLEX", Term.calendarDays(20), false, false, "")))
                .build())
                .isInstanceOfSatisfying(PolicyConfigurationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule()).containsExactly(
                                "version REQUIRED", "title REQUIRED", "citation REQUIRED", "atRiskPercent RANGE",
                                "milestone.DECISION.end REQUIRED", "milestone.DECISION.extension.COMPLEX.term SHORTENS"));
    }

    @Test
    void aTransferToAnUnknownPolicyIsRejected() {
        DeadlinePolicy p = DeadlinePolicy.builder(PolicyId.of("HOST")).version("1").title("t").citation("c")
                .milestone(MilestoneRule.of("DECISION", Term.calendarDays(10), "DECIDED"))
                .transfer("PBOC_TRANSFER", PolicyId.of("NOWHERE")).build();
        assertThatThrownBy(() -> DeadlinePolicies.builder().add(p).build())
                .isInstanceOf(PolicyConfigurationException.class).hasMessageContaining("HOST.transfer.PBOC_TRANSFER");
    }

    @Test
    void termsParseAndPrint() {
        assertThat(Term.parse("8 WEEKS")).hasToString("8 WEEKS");
        assertThatThrownBy(() -> Term.parse("0 WEEKS")).isInstanceOf(IllegalArgumentException.class);
    }
}
