package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.Decision;
import io.consumerprotection.core.complaint.DecisionOutcome;
import io.consumerprotection.core.complaint.DeclineReason;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Everything a person types into a complaint goes through the narrative scrubber before it is stored: the
 * intake's narrative, request and respondent, every free-text field of every action (reasons, explanations,
 * summaries, a decision's findings and grounds) and a decision's proof of notice. Driven through the facade's
 * {@link Complaints}; the stored records are read back from the in-memory store.
 */
class ComplaintScrubbingProperties {

    /** The free-text components of the actions, by action: each is scrubbed before its event is stored. */
    static final Set<String> SCRUBBED = Set.of("Decline.explanation", "HandOver.reason", "ProposePlan.summary",
            "ChangeLevel.reason", "Pause.explanation", "Extend.reason", "NewFacts.summary", "Escalate.reason",
            "RequestReview.reason", "Withdraw.reason", "Decide.decision", "DecideReview.decision",
            "ReportToRegulator.summary");

    /** The string components that are ids (staff, units): kept as given, compared and looked up. */
    static final Set<String> IDS = Set.of("Assign.handler", "HandOver.toHandler", "Extend.approver", "Escalate.unit",
            "OverrideSuggestion.suggestionVersion");

    /** The generated identifiers of one try and a text that carries them. */
    record Typed(String residentId, String card, String mobile) {

        String text(String what) {
            return what + "：客户身份证号" + residentId + "，银行卡" + card + "，手机" + mobile + "，请核实";
        }
    }

    @Provide
    Arbitrary<Typed> typed() {
        return Combinators.combine(ToStringProperties.residentIds(), ToStringProperties.cards(),
                ToStringProperties.mobiles()).as(Typed::new)
                .filter(t -> ToStringProperties.unrelated(t.residentId(), t.card(), t.mobile()));
    }

    @Property(tries = 40)
    void noStoredTimelineKeepsARawIdentifier(@ForAll("typed") Typed t) {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        InMemoryNotificationSender sender = new InMemoryNotificationSender();
        InMemoryAuditSink trail = new InMemoryAuditSink();
        AtomicInteger ids = new AtomicInteger();
        Complaints complaints = ConsumerProtection.builder().complaintStore(store).notificationSender(sender)
                .auditSink(trail).clock(Clock.fixed(Instant.parse("2024-09-20T03:00:00Z"), ZoneOffset.UTC))
                .complaintIds(() -> ComplaintId.of("CP-" + ids.incrementAndGet())).build().complaints();

        Complaint c = complaints.intake(ComplaintFixtures.intake("HL-1").narrative(t.text("经过")).request(t.text("诉求"))
                .respondent(t.text("被投诉人")).build(), "EMP-001").complaint();
        for (ComplaintAction action : List.of(
                new ComplaintAction.ChangeLevel(ComplaintLevel.COMPLEX, t.text("升级")),
                new ComplaintAction.Accept(),
                new ComplaintAction.Assign("EMP-002"),
                new ComplaintAction.HandOver("EMP-003", t.text("转办")),
                new ComplaintAction.StartInvestigation(),
                new ComplaintAction.ProposePlan(t.text("方案")),
                new ComplaintAction.Extend(HandlingTier.COMPLEX, null, NoticeMethod.SMS, t.text("延期")),
                new ComplaintAction.NewFacts(t.text("新情况")),
                new ComplaintAction.Escalate("HQ-CP", t.text("提级")),
                new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, t.text("调解")),
                new ComplaintAction.Resume(),
                new ComplaintAction.Classify(ComplaintFixtures.codes()),
                new ComplaintAction.Decide(decision(t, "处理")),
                new ComplaintAction.RequestReview(t.text("申请核查")),
                new ComplaintAction.DecideReview(decision(t, "核查")))) {
            c = complaints.act(c, action, "EMP-003");
        }
        assertThat(c.status()).isEqualTo(ComplaintStatus.REVIEWED);
        Complaint declined = complaints.act(complaints.intake(ComplaintFixtures.intake("HL-2").build(), "EMP-001")
                .complaint(), new ComplaintAction.Decline(DeclineReason.values()[0], t.text("不予受理")), "EMP-001");
        Complaint withdrawn = complaints.act(complaints.intake(ComplaintFixtures.intake("HL-3").build(), "EMP-001")
                .complaint(), new ComplaintAction.Withdraw(t.text("撤诉")), "EMP-001");

        List<String> stored = new ArrayList<>();
        for (Complaint each : List.of(c, declined, withdrawn)) {
            ComplaintRecord r = store.findById(each.id().value()).orElseThrow();
            stored.add(r.narrative());
            stored.add(r.request());
            stored.add(r.respondent());
            for (TimelineEventRecord e : r.timeline()) {
                stored.add(e.reason());
                // classification codes (BUSINESS=06022,…) are fixed codes, not typed text: five of their digits
                // can match a generated identifier by chance
                e.details().forEach((k, v) -> {
                    if (!k.equals(EventDetail.CLASSIFICATION)) {
                        stored.add(v);
                    }
                });
            }
        }
        sender.delivered().forEach(n -> stored.add(n.text()));
        trail.records().forEach(a -> {
            // everything but the hash chain and the complaint version's hash, whose hex digits may match a few
            // digits by chance (a SHA-256 of a whole record, not of one value, so it reveals none)
            stored.add(a.actor() + " " + a.subjectId() + " " + a.purpose());
            a.details().forEach((k, v) -> {
                if (!k.equals(io.consumerprotection.core.privacy.AuditTrail.COMPLAINT_HASH)) {
                    stored.add(v);
                }
            });
        });
        for (String s : stored) {
            assertThat(rawIdentifier(s, t)).as("stored text %s", s).isNull();
        }
        // the scrubber replaced the identifiers and kept the words around them
        ComplaintRecord r = store.findById(c.id().value()).orElseThrow();
        assertThat(r.timeline()).filteredOn(e -> e.type().equals("HANDED_OVER")).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("转办：客户身份证号").endsWith("，请核实"));
        assertThat(r.timeline()).filteredOn(e -> e.type().equals("DECIDED")).singleElement()
                .satisfies(e -> assertThat(e.details().get(EventDetail.NOTICE_PROOF)).startsWith("处理-回执：客户身份证号"));
    }

    @Example
    void aNoticeProofIsStoredScrubbed() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        Complaints complaints = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .clock(Clock.fixed(Instant.parse("2024-09-20T03:00:00Z"), ZoneOffset.UTC))
                .complaintIds(() -> ComplaintId.of("CP-1")).build().complaints();
        Complaint c = complaints.intake(ComplaintFixtures.intake("HL-1").build(), "EMP-001").complaint();
        for (ComplaintAction action : List.of(new ComplaintAction.Accept(), new ComplaintAction.Assign("EMP-002"),
                new ComplaintAction.Classify(ComplaintFixtures.codes()),
                new ComplaintAction.Decide(Decision.withAllRemedies(DecisionOutcome.UPHELD, "年费未按约定告知",
                        "合同第5条", NoticeMethod.SMS, "SMS-13812345678")))) {
            c = complaints.act(c, action, "EMP-002");
        }

        TimelineEventRecord decided = store.findById("CP-1").orElseThrow().timeline().stream()
                .filter(e -> e.type().equals("DECIDED")).findFirst().orElseThrow();
        assertThat(decided.details().get(EventDetail.NOTICE_PROOF)).startsWith("SMS-").doesNotContain("13812345678")
                .doesNotContain("12345678");
        assertThat(decided.details().get(EventDetail.FINDINGS)).isEqualTo("年费未按约定告知");
    }

    /** A new action with free text must be scrubbed (and listed here), or be an id listed as such. */
    @Example
    void everyStringOfEveryActionIsScrubbedOrAnId() {
        List<String> unlisted = new ArrayList<>();
        for (Class<?> action : ComplaintAction.class.getPermittedSubclasses()) {
            for (RecordComponent rc : action.getRecordComponents()) {
                String name = action.getSimpleName() + "." + rc.getName();
                boolean text = rc.getType() == String.class || rc.getType() == Decision.class;
                if (text && !SCRUBBED.contains(name) && !IDS.contains(name)) {
                    unlisted.add(name);
                }
            }
        }
        assertThat(unlisted).isEmpty();
        assertThat(SCRUBBED).allSatisfy(n -> assertThat(n).matches(".+\\..+"));
    }

    private static Decision decision(Typed t, String what) {
        return Decision.withAllRemedies(DecisionOutcome.UPHELD, t.text(what + "事实"), t.text(what + "依据"),
                NoticeMethod.SMS, t.text(what + "-回执"));
    }

    /** A run of an identifier's digits longer than its display mask shows (card 6, mobile 4, ID 1), or null. */
    static String rawIdentifier(String text, Typed t) {
        for (String[] id : new String[][] {{t.residentId(), "1"}, {t.card(), "6"}, {t.mobile(), "4"}}) {
            String digits = id[0].replace("X", "");
            int min = Math.max(ToStringProperties.MIN_LEAK_DIGITS, Integer.parseInt(id[1]) + 1);
            Matcher m = Pattern.compile("[0-9]{" + min + ",}").matcher(text);
            while (m.find()) {
                for (int i = 0; i + min <= m.group().length(); i++) {
                    if (digits.contains(m.group().substring(i, i + min))) {
                        return m.group();
                    }
                }
            }
        }
        return null;
    }
}
