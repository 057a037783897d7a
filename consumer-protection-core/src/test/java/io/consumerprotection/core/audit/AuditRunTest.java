package io.consumerprotection.core.audit;

import static io.consumerprotection.core.audit.AuditFixtures.decidedAt;
import static io.consumerprotection.core.audit.AuditFixtures.noon;
import static io.consumerprotection.core.audit.AuditFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.internal.ComplaintMapper;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryGovernanceFactsSource;
import io.consumerprotection.testkit.InMemorySalesFactsSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditRunTest {

    private static final AuditContext CTX = AuditFixtures.context("2024-12-31", AuditFixtures.due("DECISION", "2024-10-08"));

    private static ComplaintRecord record(Complaint c) {
        return ComplaintMapper.INSTANCE.toRecord(c);
    }

    /** Complaint i: decided on day 10 + i % 5 of October (late from the 9th), received one minute apart. */
    private static ComplaintRecord generated(int i) {
        Complaint c = Complaint.received(ComplaintId.of(String.format("C-%06d", i)),
                ComplaintFixtures.intake("REF-" + i).receivedAt(ComplaintFixtures.RECEIVED.plusSeconds(60L * i))
                        .complainant(io.consumerprotection.core.complaint.Complainant.person("CUST-" + i, "n")).build(),
                ComplaintLevel.ORDINARY, "EMP-001");
        return record(decidedAt(c, noon(LocalDate.of(2024, 10, 6 + i % 5))));
    }

    @Test
    void countsEveryKindPerRuleAndEmitsFailuresInInputOrder() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        store.save(record(decidedAt(received("C-1"), noon("2024-10-10"))), 0);
        store.save(record(decidedAt(received("C-2"), noon("2024-10-08"))), 0);
        List<Finding> findings = new ArrayList<>();
        RunRecord run = AuditRun.builder(BuiltInRules.complaints(), CTX).complaints(store, ComplaintQuery.all()).runId("R-1")
                .build().execute(findings::add);

        RuleSummary late = run.findSummary(RuleId.of("CP-COMPLAINT-001")).orElseThrow();
        assertThat(late.evaluated()).isEqualTo(2);
        assertThat(late.fail()).isEqualTo(1);
        assertThat(late.pass()).isEqualTo(1);
        assertThat(findings).filteredOn(f -> f.ruleId().value().equals("CP-COMPLAINT-001"))
                .extracting(Finding::subjectId).containsExactly("C-1");
        assertThat(findings).allMatch(f -> f.kind() == FindingKind.FAIL || f.kind() == FindingKind.NEEDS_REVIEW);
        assertThat(run.inputCounts()).containsEntry("COMPLAINT", 2L).containsEntry("COMPLAINT_UNREADABLE", 0L);
        assertThat(run.runId()).isEqualTo("R-1");
        assertThat(run.dataVersions()).containsKeys("classification", "narrativeInspector", "parameter.elderlyAge");
        assertThat(run.uncoveredRules()).contains(RuleId.of("CP-COMPLAINT-019"));
        assertThat(run.coveredRules()).contains(RuleId.of("CP-COMPLAINT-001"));
        assertThat(run.failuresAtLeast(Severity.HIGH)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void emitsEveryKindWhenAsked() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        store.save(record(decidedAt(received("C-1"), noon("2024-10-10"))), 0);
        List<Finding> findings = new ArrayList<>();
        RunRecord run = AuditRun.builder(BuiltInRules.complaints(), CTX).complaints(store, ComplaintQuery.all())
                .emit(EnumSet.allOf(FindingKind.class)).build().execute(findings::add);
        assertThat(findings).hasSize(BuiltInRules.complaints().rulesFor(SubjectKind.COMPLAINT).size());
        assertThat(run.summaries().stream().mapToLong(RuleSummary::evaluated).sum()).isEqualTo(findings.size());
    }

    @Test
    void parallelRunsGiveTheSameFindingsInTheSameOrderAndTheSameCounts() {
        List<ComplaintRecord> records = IntStream.range(0, 3000).mapToObj(AuditRunTest::generated).toList();
        List<Finding> sequential = new ArrayList<>();
        RunRecord one = AuditRun.builder(BuiltInRules.all(), CTX).complaints(records::stream).batchSize(64).build()
                .execute(sequential::add);
        List<Finding> parallel = new ArrayList<>();
        RunRecord three = AuditRun.builder(BuiltInRules.all(), CTX).complaints(records::stream).batchSize(64).parallelism(3)
                .build().execute(parallel::add);
        assertThat(parallel).isEqualTo(sequential);
        assertThat(three.summaries()).isEqualTo(one.summaries());
        assertThat(one.findSummary(RuleId.of("CP-COMPLAINT-001")).orElseThrow().fail()).isEqualTo(3000 * 2 / 5);
    }

    @Test
    void readsLazilyWithABoundedNumberOfComplaintsInFlight() {
        AtomicLong pulled = new AtomicLong();
        int batch = 100;
        int threads = 2;
        long total = 20_000;
        Stream<ComplaintRecord> lazy = Stream.iterate(0, i -> i + 1).limit(total).map(i -> {
            pulled.incrementAndGet();
            return generated(i % 50);
        });
        AtomicLong emitted = new AtomicLong();
        AtomicLong worstLead = new AtomicLong();
        AuditRun.builder(RuleSet.builder("one", "1").add(AuditFixtures.complaintRule("CP-COMPLAINT-014")).build(),
                        AuditFixtures.context("2025-06-30"))
                .complaints(() -> lazy).batchSize(batch).parallelism(threads).build()
                .execute(f -> {
                    long lead = pulled.get() - emitted.incrementAndGet();
                    worstLead.accumulateAndGet(lead, Math::max);
                });
        assertThat(emitted.get()).isEqualTo(total);
        assertThat(worstLead.get()).isLessThanOrEqualTo((2L * threads + 1) * batch);
    }

    @Test
    void cancelStopsTheRunAndMarksTheRecord() {
        List<ComplaintRecord> records = IntStream.range(0, 5000).mapToObj(i -> generated(i % 100)).toList();
        List<Long> progress = new ArrayList<>();
        AuditRun[] run = new AuditRun[1];
        run[0] = AuditRun.builder(BuiltInRules.complaints(), CTX).complaints(records::stream).batchSize(100)
                .progress(p -> {
                    progress.add(p.processed());
                    if (p.processed() >= 1000) {
                        run[0].cancel();
                    }
                }, Duration.ZERO).expectedSubjects(5000).build();
        RunRecord record = run[0].execute(f -> { });
        assertThat(record.cancelled()).isTrue();
        assertThat(record.inputCounts().get("COMPLAINT")).isBetween(1000L, 1100L);
        assertThat(progress).isSorted();
        assertThatThrownBy(() -> run[0].execute(f -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void progressReportsRateAndTimeLeft() {
        List<Progress> seen = new ArrayList<>();
        List<ComplaintRecord> records = IntStream.range(0, 1000).mapToObj(i -> generated(i % 100)).toList();
        AuditRun.builder(BuiltInRules.complaints(), CTX).complaints(records::stream).batchSize(100)
                .progress(seen::add, Duration.ZERO).expectedSubjects(1000).build().execute(f -> { });
        Progress last = seen.get(seen.size() - 1);
        assertThat(last.processed()).isEqualTo(1000);
        assertThat(last.perSecond()).isPositive();
        assertThat(last.remaining()).contains(Duration.ZERO);
        assertThat(seen.get(0).remaining()).isPresent();
    }

    @Test
    void anUnreadableRecordIsReportedAndTheRunGoesOn() {
        ComplaintRecord broken = new ComplaintRecord("BAD-1", 1, "NO_SUCH_CHANNEL", "R", null,
                new ComplainantRecord("PERSON", "X", "n", "SELF", null, 1), null, null, null, Map.of(), "ORDINARY", "RECEIVED",
                Instant.parse("2024-09-20T00:00:00Z"), null, "EMP", null, null,
                List.of(new TimelineEventRecord(1, "RECEIVED", Instant.parse("2024-09-20T00:00:00Z"), "EMP", "", Map.of())), Map.of());
        List<Finding> findings = new ArrayList<>();
        RunRecord run = AuditRun.builder(BuiltInRules.complaints(), CTX)
                .complaints(() -> Stream.of(broken, generated(1))).build().execute(findings::add);
        assertThat(findings.get(0).ruleId()).isEqualTo(AuditRun.UNREADABLE.id());
        assertThat(findings.get(0).subjectId()).isEqualTo("BAD-1");
        assertThat(run.inputCounts()).containsEntry("COMPLAINT", 1L).containsEntry("COMPLAINT_UNREADABLE", 1L);
    }

    @Test
    void aRuleThatThrowsGivesNeedsReview() {
        Rule<ComplaintSubject> broken = new Rule<>() {
            @Override
            public RuleDefinition definition() {
                return RuleDefinition.of("HOST-BROKEN-1", "1.0", "坏规则", "Broken", Citation.of("host", "", "seed"),
                        Severity.LOW, SubjectKind.COMPLAINT);
            }

            @Override
            public SubjectKind<ComplaintSubject> subjectKind() {
                return SubjectKind.COMPLAINT;
            }

            @Override
            public Outcome check(ComplaintSubject subject, AuditContext context) {
                throw new IllegalStateException("boom " + subject.complaint().narrative());
            }
        };
        List<Finding> findings = new ArrayList<>();
        AuditRun.builder(RuleSet.builder("host", "1").add(broken).build(), CTX).complaints(() -> Stream.of(generated(1)))
                .build().execute(findings::add);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.NEEDS_REVIEW);
            assertThat(f.message()).isEqualTo("the rule failed with IllegalStateException");
        });
    }

    @Test
    void aRepeatOfAnOpenComplaintIsFoundWhileStreaming() {
        Complaint first = received("C-1");
        Complaint repeat = Complaint.received(ComplaintId.of("C-2"), ComplaintFixtures.intake("REF-2")
                .receivedAt(ComplaintFixtures.RECEIVED.plusSeconds(86_400)).build(), ComplaintLevel.ORDINARY, "EMP-001");
        Complaint classifiedFirst = first.apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-001",
                ComplaintFixtures.RECEIVED.plusSeconds(60));
        Complaint classifiedRepeat = repeat.apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-001",
                ComplaintFixtures.RECEIVED.plusSeconds(86_460));
        List<Finding> findings = new ArrayList<>();
        AuditRun.builder(BuiltInRules.complaints(), CTX)
                .complaints(() -> Stream.of(record(classifiedFirst), record(classifiedRepeat))).build().execute(findings::add);
        assertThat(findings).filteredOn(f -> f.ruleId().value().equals("CP-COMPLAINT-015"))
                .singleElement().satisfies(f -> assertThat(f.subjectId()).isEqualTo("C-2"));
    }

    @Test
    void repeatsAreLinkedInStreamOrderWhateverTheThreadsAndBatches() {
        // 300 complaints of 4 complainants, one every 5 hours, some decided after 2 days, some linked: the
        // window's answers depend on stream order, which parallel batches must keep
        List<ComplaintRecord> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            java.time.Instant at = ComplaintFixtures.RECEIVED.plusSeconds(18_000L * i);
            Complaint c = Complaint.received(ComplaintId.of("C-" + i), ComplaintFixtures.intake("REF-" + i).receivedAt(at)
                    .complainant(io.consumerprotection.core.complaint.Complainant.person("CUST-" + (i % 4), "客户")).build(),
                    ComplaintLevel.ORDINARY, "EMP-001");
            c = c.apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-001", at.plusSeconds(60));
            if (i % 3 == 0) {
                c = AuditFixtures.decidedAt(c, at.plusSeconds(2 * 86_400));
            }
            records.add(record(c));
        }
        List<String> sequential = findingsOf(records, 1, 1);
        assertThat(sequential).filteredOn(f -> f.startsWith("CP-COMPLAINT-015")).hasSizeGreaterThan(50);
        assertThat(findingsOf(records, 2, 7)).isEqualTo(sequential);
        assertThat(findingsOf(records, 3, 64)).isEqualTo(sequential);
        assertThat(findingsOf(records, 1, 1000)).isEqualTo(sequential);
    }

    @Test
    void aRecordWithAMalformedIdIsUnreadableAndNoRepeatIsLinkedToIt() {
        Complaint first = received("C-1").apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-001",
                ComplaintFixtures.RECEIVED.plusSeconds(60));
        ComplaintRecord r = record(first);
        ComplaintRecord malformed = new ComplaintRecord("C 1", r.version(), r.channel(), r.channelReference(), r.source(),
                r.complainant(), r.respondent(), r.request(), r.narrative(), r.classification(), r.level(), r.status(),
                r.receivedAt(), r.receivingUnit(), r.firstContactHandler(), r.currentHandler(), r.relatedComplaintId(),
                r.timeline(), r.dueDates());
        Complaint repeat = Complaint.received(ComplaintId.of("C-2"), ComplaintFixtures.intake("REF-2")
                .receivedAt(ComplaintFixtures.RECEIVED.plusSeconds(86_400)).build(), ComplaintLevel.ORDINARY, "EMP-001")
                .apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-001", ComplaintFixtures.RECEIVED.plusSeconds(86_460));
        for (int threads = 1; threads <= 2; threads++) {
            List<Finding> findings = new ArrayList<>();
            AuditRun.builder(BuiltInRules.complaints(), CTX).complaints(() -> Stream.of(malformed, record(repeat)))
                    .parallelism(threads).build().execute(findings::add);
            assertThat(findings).filteredOn(f -> f.ruleId().equals(AuditRun.UNREADABLE.id())).singleElement()
                    .satisfies(f -> assertThat(f.subjectId()).isEqualTo("C 1"));
            assertThat(findings).noneMatch(f -> f.ruleId().value().equals("CP-COMPLAINT-015"));
        }
    }

    private static List<String> findingsOf(List<ComplaintRecord> records, int threads, int batch) {
        List<String> out = new ArrayList<>();
        AuditRun.builder(BuiltInRules.complaints(), CTX).complaints(records::stream).parallelism(threads).batchSize(batch)
                .emit(java.util.EnumSet.allOf(FindingKind.class)).build()
                .execute(f -> out.add(f.ruleId().value() + " " + f.subjectId() + " " + f.kind() + " " + f.message()));
        return out;
    }

    @Test
    void factSourcesAreCheckedAfterTheComplaints() {
        InMemoryGovernanceFactsSource governance = new InMemoryGovernanceFactsSource()
                .add(new GovernanceProfileRecord("HQ", 2023, true, false, true, List.of(), List.of(), Map.of(), null, null, null,
                        java.util.Set.of(), null));
        InMemorySalesFactsSource sales = new InMemorySalesFactsSource()
                .add(new ProductSaleRecord("S-1", LocalDate.of(2024, 5, 1), "C", "P", "WEALTH_MANAGEMENT", 5, 2, 70, "BRANCH",
                        null, false, true, false))
                .add(new ProductSaleRecord("S-2", LocalDate.of(2023, 5, 1), "C", "P", "WEALTH_MANAGEMENT", 5, 2, 70, "BRANCH",
                        null, false, true, false));
        List<Finding> findings = new ArrayList<>();
        RunRecord run = AuditRun.builder(BuiltInRules.all(), CTX).governance(governance).sales(sales)
                .factsBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)).build().execute(findings::add);
        assertThat(run.inputCounts()).containsEntry("GOVERNANCE_PROFILE", 1L).containsEntry("PRODUCT_SALE", 1L)
                .containsEntry("COMPLAINT_FILE_DELETION", 0L);
        assertThat(findings).filteredOn(f -> f.subjectKind().equals("PRODUCT_SALE")).extracting(f -> f.ruleId().value())
                .containsExactly("CP-SALES-001", "CP-SALES-002", "CP-SALES-003", "CP-SALES-004");
        assertThat(findings).filteredOn(f -> f.ruleId().value().equals("CP-GOV-001")).hasSize(1);
    }
}
