package io.consumerprotection.core.audit;

import static io.consumerprotection.core.audit.AuditFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.internal.ComplaintMapper;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A run keeps its repeat window only when a rule declares that it reads earlier complaints
 * ({@link Rule#readsEarlierComplaints()}): a host rule that does sees the earlier complaint on the same matter, one
 * that declares it does not sees none, and among the built-in rules only CP-COMPLAINT-015 declares it.
 */
class RepeatWindowDeclarationTest {

    private static final AuditContext CTX = AuditFixtures.context("2024-12-31", AuditFixtures.due("DECISION", "2024-10-08"));
    private static final RuleDefinition SEES = RuleDefinition.of("HOST-REPEAT-1", "1", "是否见到前一投诉",
            "Sees the earlier complaint", Citation.of("host", "", "A"), Severity.LOW, SubjectKind.COMPLAINT);

    /** A host rule that passes when it is told of an earlier complaint on the same matter. */
    private static Rule<ComplaintSubject> hostRule(boolean declares) {
        return new Rule<>() {
            @Override
            public RuleDefinition definition() {
                return SEES;
            }

            @Override
            public SubjectKind<ComplaintSubject> subjectKind() {
                return SubjectKind.COMPLAINT;
            }

            @Override
            public Outcome check(ComplaintSubject subject, AuditContext context) {
                return subject.findEarlierOnSameMatter().isPresent() ? Outcome.pass() : Outcome.fail("none");
            }

            @Override
            public boolean readsEarlierComplaints() {
                return declares;
            }
        };
    }

    private static Stream<ComplaintRecord> firstAndRepeat() {
        Complaint first = received("C-1").apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-001",
                ComplaintFixtures.RECEIVED.plusSeconds(60));
        Complaint repeat = Complaint.received(ComplaintId.of("C-2"), ComplaintFixtures.intake("REF-2")
                        .receivedAt(ComplaintFixtures.RECEIVED.plusSeconds(86_400)).build(), ComplaintLevel.ORDINARY, "EMP-001")
                .apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-001",
                        ComplaintFixtures.RECEIVED.plusSeconds(86_460));
        return Stream.of(ComplaintMapper.INSTANCE.toRecord(first), ComplaintMapper.INSTANCE.toRecord(repeat));
    }

    private static List<Finding> run(RuleSet rules) {
        List<Finding> findings = new ArrayList<>();
        AuditRun.builder(rules, CTX).complaints(RepeatWindowDeclarationTest::firstAndRepeat).build().execute(findings::add);
        return findings;
    }

    @Test
    void aHostRuleThatDeclaresItSeesTheEarlierComplaint() {
        List<Finding> findings = run(RuleSet.builder("host", "1").add(hostRule(true)).build());
        // C-1 has no earlier complaint (fails), C-2 has (passes, not emitted)
        assertThat(findings).extracting(Finding::subjectId).containsExactly("C-1");
    }

    @Test
    void aHostRuleThatDeclaresItDoesNotIsToldOfNone() {
        List<Finding> findings = run(RuleSet.builder("host", "1").add(hostRule(false)).build());
        assertThat(findings).extracting(Finding::subjectId).containsExactly("C-1", "C-2");
    }

    @Test
    void aHostRuleNotSayingIsAssumedToRead() {
        Rule<ComplaintSubject> silent = new Rule<>() {
            @Override
            public RuleDefinition definition() {
                return SEES;
            }

            @Override
            public SubjectKind<ComplaintSubject> subjectKind() {
                return SubjectKind.COMPLAINT;
            }

            @Override
            public Outcome check(ComplaintSubject subject, AuditContext context) {
                return subject.findEarlierOnSameMatter().isPresent() ? Outcome.pass() : Outcome.fail("none");
            }
        };
        assertThat(silent.readsEarlierComplaints()).isTrue();
        assertThat(run(RuleSet.builder("host", "1").add(silent).build())).extracting(Finding::subjectId)
                .containsExactly("C-1");
    }

    @Test
    void amongTheBuiltInRulesOnlyTheRepeatRuleReadsEarlierComplaints() {
        assertThat(BuiltInRules.all().rules()).filteredOn(Rule::readsEarlierComplaints).extracting(r -> r.id().value())
                .containsExactly("CP-COMPLAINT-015");
    }
}
