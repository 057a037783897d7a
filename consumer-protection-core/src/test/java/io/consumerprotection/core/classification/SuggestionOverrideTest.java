package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintValidationException;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.IllegalTransitionException;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.TimelineEvent;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A handler's override of a narrative suggestion, end to end (issue 22): recorded as a
 * {@link ComplaintEventType#SUGGESTION_OVERRIDDEN} event, stored through the SPI and decoded back, and read out of
 * the stored complaints as classified history that trains the blended classifier.
 */
class SuggestionOverrideTest {

    private static final Instant RECEIVED = Instant.parse("2024-09-20T02:15:00Z");
    private static final String NARRATIVE = "信用卡年费未经告知被扣收300元，要求退还。";

    private final ComplaintStore store = new InMemoryComplaintStore();
    private final Complaints complaints = ConsumerProtection.builder()
            .complaintStore(store)
            .notificationSender(new InMemoryNotificationSender())
            .auditSink(new InMemoryAuditSink())
            .clock(Clock.fixed(RECEIVED.plusSeconds(3600), ZoneOffset.UTC))
            .build().complaints();

    private Complaint intake(String reference) {
        Complaint c = complaints.intake(Intake.builder()
                .channel(Channel.HOTLINE).channelReference(reference)
                .complainant(Complainant.person("CUST-10086", "欧阳娜娜"))
                .request("退还信用卡年费").narrative(NARRATIVE)
                .receivedAt(RECEIVED).receivingUnit("BR-0101").firstContactHandler("EMP-001")
                .build(), "EMP-001").complaint();
        c = complaints.act(c, new ComplaintAction.Accept(), "EMP-001");
        return complaints.act(c, new ComplaintAction.Assign("EMP-002"), "EMP-001");
    }

    /** The suggestion the teller screen showed, business and cause only. */
    private static Map<String, String> shown(Suggestions s) {
        Map<String, String> out = new LinkedHashMap<>(s.topCodes());
        out.keySet().retainAll(List.of("BUSINESS", "CAUSE"));
        return out;
    }

    @Test
    void anOverrideIsRecordedStoredReadBackAndTrainsTheClassifier() {
        Complaint c = intake("95588-20240920-0001");
        Suggestions s = NarrativeClassifier.bundled().suggest(c.narrative());
        Map<String, String> suggested = shown(s);
        assertThat(suggested).containsEntry("BUSINESS", "06022");
        assertThat(suggested.get("CAUSE")).startsWith("07");
        // the handler keeps the business category and files the cause as fees not disclosed
        Map<String, String> kept = Map.of("BUSINESS", "06022", "CAUSE", "0502");
        c = complaints.act(c, new ComplaintAction.OverrideSuggestion(kept, suggested, s.dictionaryVersion()), "EMP-002");

        assertThat(c.classification()).containsEntry("CAUSE", "0502").containsEntry("BUSINESS", "06022");
        TimelineEvent e = c.lastEvent();
        assertThat(e.type()).isEqualTo(ComplaintEventType.SUGGESTION_OVERRIDDEN);
        assertThat(e.actor()).isEqualTo("EMP-002");
        assertThat(e.details()).containsEntry(EventDetail.CLASSIFICATION, "BUSINESS=06022,CAUSE=0502")
                .containsEntry(EventDetail.SUGGESTED, "BUSINESS=06022,CAUSE=" + suggested.get("CAUSE"))
                .containsEntry(EventDetail.SUGGESTION_VERSION, s.dictionaryVersion());

        // stored as a record with the type's name, decoded back into the same event
        ComplaintRecord stored = store.findById(c.id().value()).orElseThrow();
        assertThat(stored.timeline().get(stored.timeline().size() - 1).type()).isEqualTo("SUGGESTION_OVERRIDDEN");
        Complaint read = complaints.get(c.id());
        assertThat(read.lastEvent().type()).isEqualTo(ComplaintEventType.SUGGESTION_OVERRIDDEN);
        assertThat(read.lastEvent().details()).isEqualTo(e.details());

        // the host turns stored overrides into classified history
        List<ClassifiedNarrative> history = new ArrayList<>();
        for (TimelineEvent t : read.timeline()) {
            if (t.type() == ComplaintEventType.SUGGESTION_OVERRIDDEN) {
                history.add(ClassifiedNarrative.fromPairs(read.narrative(), t.details().get(EventDetail.CLASSIFICATION)));
            }
        }
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h.narrative()).isEqualTo(NARRATIVE);
            assertThat(h.codes()).containsEntry(Dimension.BUSINESS, "06022").containsEntry(Dimension.CAUSE, "0502");
        });
        NarrativeModel model = NarrativeModel.train(history, NarrativeClassifier.bundled().scheme());
        assertThat(model.trained(Dimension.CAUSE)).isEqualTo(1);

        // many such overrides: the fitted blend learns the bank's reading of this wording
        List<ClassifiedNarrative> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(ClassifiedNarrative.fromPairs("第" + i + "张信用卡年费未经告知被扣收，要求退还", "BUSINESS=06022,CAUSE=0502"));
        }
        BlendedClassifier blended = BlendedClassifier.fit(NarrativeClassifier.bundled(), many);
        assertThat(blended.weight(Dimension.CAUSE)).isPositive();
        assertThat(blended.suggest(NARRATIVE).top(Dimension.CAUSE).orElseThrow().code()).startsWith("05");
    }

    @Test
    void anOverrideThatKeepsEverySuggestedCodeIsRejectedAndNothingIsStored() {
        Complaint c = intake("95588-20240920-0002");
        Map<String, String> same = Map.of("BUSINESS", "06022", "CAUSE", "0703");
        long version = c.version();
        assertThatThrownBy(() -> complaints.act(c, new ComplaintAction.OverrideSuggestion(same, same, "2026.3"), "EMP-002"))
                .isInstanceOf(ComplaintValidationException.class)
                .satisfies(x -> assertThat(((ComplaintValidationException) x).violations().toString())
                        .contains("SAME_AS_SUGGESTION"));
        assertThat(complaints.get(c.id()).version()).isEqualTo(version);
        ComplaintAction.OverrideSuggestion freeText = new ComplaintAction.OverrideSuggestion(
                Map.of("CAUSE", "0502"), same, "客户张三 13812345678");
        assertThatThrownBy(() -> complaints.act(c, freeText, "EMP-002"))
                .isInstanceOf(ComplaintValidationException.class)
                .hasMessageNotContaining("13812345678")
                .satisfies(x -> assertThat(((ComplaintValidationException) x).violations().toString())
                        .contains("VERSION_FORM").doesNotContain("13812345678"));
    }

    @Test
    void anOverrideIsAllowedWhereClassifyIsAndNowhereElse() {
        Complaint c = intake("95588-20240920-0003");
        ComplaintAction.OverrideSuggestion o = new ComplaintAction.OverrideSuggestion(
                Map.of("CAUSE", "0502"), Map.of("CAUSE", "0703"), "2026.3");
        assertThat(c.allows(o)).isEqualTo(c.allows(new ComplaintAction.Classify(Map.of("CAUSE", "0502")))).isTrue();
        Complaint withdrawn = complaints.act(c, new ComplaintAction.Withdraw("已协商解决"), "EMP-002");
        assertThat(withdrawn.allows(o)).isFalse();
        assertThatThrownBy(() -> complaints.act(withdrawn, o, "EMP-002")).isInstanceOf(IllegalTransitionException.class);
        assertThat(o.toString()).contains("0502").contains("0703");
    }

    @Test
    void pairsOfATimelineDetailBecomeCodesAndABadPairIsNamedByItsShape() {
        ClassifiedNarrative c = ClassifiedNarrative.fromPairs("x", "BUSINESS=06022,CAUSE=0502,HOST_AXIS=7");
        assertThat(c.codes()).containsOnlyKeys(Dimension.BUSINESS, Dimension.CAUSE);
        assertThat(ClassifiedNarrative.fromPairs("x", "").codes()).isEmpty();
        assertThatThrownBy(() -> ClassifiedNarrative.fromPairs("x", "BUSINESS06022"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAIR_FORM")
                .hasMessageNotContaining("06022");
    }
}
