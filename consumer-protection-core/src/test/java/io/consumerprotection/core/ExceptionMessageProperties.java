package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.consumerprotection.core.appraisal.AppraisalPeriod;
import io.consumerprotection.core.appraisal.IndicatorId;
import io.consumerprotection.core.appraisal.ScorecardId;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.RuleId;
import io.consumerprotection.core.audit.SubjectKind;
import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.core.classification.ClassificationValidator;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.InvalidClassificationException;
import io.consumerprotection.core.classification.UnknownClassificationCodeException;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintValidationException;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.core.deadline.Term;
import io.consumerprotection.core.privacy.InvalidIdentifierException;
import io.consumerprotection.core.privacy.ResidentIdentityNumber;
import io.consumerprotection.core.statistics.Grouping;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An exception never repeats an input value that failed a check: its message (and every cause's) names the
 * field and the rule, and gives the value's shape and length only ({@code BUSINESS code (19 digits) is not a
 * code of scheme version 2018.1}). Checked with generated card numbers, resident IDs and mobiles typed where a
 * code, an id or a period was expected.
 */
class ExceptionMessageProperties {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 20);

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(ToStringProperties.cards(), ToStringProperties.residentIds(), ToStringProperties.mobiles());
    }

    @Provide
    Arbitrary<String> cards() {
        return ToStringProperties.cards();
    }

    @Property(tries = 50)
    void aCardTypedIntoTheBusinessCodeIsNotEchoedAtIntake(@ForAll("cards") String card) {
        Complaints complaints = facade();
        Map<String, String> codes = new HashMap<>(ComplaintFixtures.codes());
        codes.put("BUSINESS", card);

        Throwable e = catchThrowable(() -> complaints.intake(ComplaintFixtures.intake("HL-1").classification(codes)
                .build(), "EMP-001"));

        assertThat(e).isInstanceOf(ComplaintValidationException.class);
        assertNoRaw(e, card);
        assertThat(((ConsumerProtectionException) e).violations()).extracting(Violation::field, Violation::rule)
                .contains(org.assertj.core.groups.Tuple.tuple("classification[BUSINESS]", "UNKNOWN_CODE"));
        assertThat(e.getMessage()).contains("BUSINESS code (" + card.length() + " digits) is not a code of scheme version");
    }

    @Property(tries = 50)
    void aCardTypedIntoTheCauseCodeIsNotEchoedWhenClassifying(@ForAll("cards") String card) {
        Complaints complaints = facade();
        Complaint c = complaints.intake(ComplaintFixtures.intake("HL-1").build(), "EMP-001").complaint();
        Complaint accepted = complaints.act(c, new ComplaintAction.Accept(), "EMP-001");

        Throwable e = catchThrowable(() -> complaints.act(accepted,
                new ComplaintAction.Classify(Map.of("CAUSE", card, "LEVEL", card + "|" + card, card, "01")), "EMP-001"));

        assertThat(e).isInstanceOf(ComplaintValidationException.class);
        assertNoRaw(e, card);
        assertThat(((ConsumerProtectionException) e).violations()).extracting(Violation::rule)
                .contains("UNKNOWN_CODE", "MULTIPLE_CODES", "UNKNOWN_DIMENSION");
    }

    @Property(tries = 50)
    void theValidatorAndTheLookupsDescribeAnUnknownCodeByItsShape(@ForAll("typed") String typed) {
        Throwable invalid = catchThrowable(() -> ClassificationValidator.bundled()
                .validate(Map.of("BUSINESS", typed), DAY, false));
        assertThat(invalid).isInstanceOf(InvalidClassificationException.class);
        assertNoRaw(invalid, typed);
        assertThat(invalid.getMessage()).contains("classification[BUSINESS]", "UNKNOWN_CODE",
                "(" + typed.length() + (typed.endsWith("X") ? " characters" : " digits") + ")");

        ClassificationCatalog catalog = ClassificationCatalog.bundled();
        expect(() -> catalog.latest().get(Dimension.CAUSE, typed), UnknownClassificationCodeException.class, typed,
                e -> assertThat(e.getMessage()).contains("classification[CAUSE]", "UNKNOWN_CODE"));
        expect(() -> catalog.version(typed), UnknownClassificationCodeException.class, typed,
                e -> assertThat(e.getMessage()).contains("schemeVersion", "UNKNOWN_VERSION"));
        expect(() -> Dimension.CHANNEL.encode(List.of(typed + "|1")), IllegalArgumentException.class, typed,
                e -> assertThat(e.getMessage()).contains("codes"));
    }

    @Property(tries = 50)
    void anInvalidIdentifierNamesTheFieldAndTheRuleOnly(@ForAll("typed") String typed) {
        String wrong = typed.substring(0, typed.length() - 1) + (typed.endsWith("0") ? "1" : "0");
        Throwable e = catchThrowable(() -> ResidentIdentityNumber.parse(wrong, DAY));

        assertThat(e).isInstanceOf(InvalidIdentifierException.class);
        assertNoRaw(e, wrong);
        Violation v = ((InvalidIdentifierException) e).violations().get(0);
        assertThat(v.field()).isEqualTo("residentId");
        assertThat(v.rule()).isNotBlank();
        assertThat(e.getMessage()).contains("residentId", v.rule());
    }

    @Property(tries = 50)
    void idsPeriodsAndNamesThatFailTheirFormAreNotEchoed(@ForAll("typed") String typed) {
        String text = "客户" + typed;
        for (String value : List.of(typed, text, "ID-" + typed)) {
            // "!" is in no id's alphabet: a bare number would be a well-formed id of most kinds
            expect(() -> CalendarId.of(value + "!"), IllegalArgumentException.class, typed,
                    e -> assertThat(e.getMessage()).startsWith("id (").contains("upper-case"));
            expect(() -> PolicyId.of(value + "!"), IllegalArgumentException.class, typed, e -> { });
            expect(() -> RuleId.of(value + "!"), IllegalArgumentException.class, typed, e -> { });
            expect(() -> ScorecardId.of(value + "!"), IllegalArgumentException.class, typed, e -> { });
            expect(() -> IndicatorId.of(value + "!"), IllegalArgumentException.class, typed, e -> { });
            expect(() -> ComplaintId.of(value + "!"), IllegalArgumentException.class, typed, e -> { });
            expect(() -> AppraisalPeriod.parse(value), IllegalArgumentException.class, typed, e -> { });
            expect(() -> AppraisalPeriod.parse(value + "/2025-01-01"), IllegalArgumentException.class, typed, e -> { });
            expect(() -> Term.parse(value), IllegalArgumentException.class, typed, e -> { });
            expect(() -> Term.parse(value + " DAYS"), IllegalArgumentException.class, typed, e -> { });
            expect(() -> Grouping.parse(value), IllegalArgumentException.class, typed, e -> { });
            expect(() -> Grouping.parse("BUSINESS@" + value), IllegalArgumentException.class, typed, e -> { });
            expect(() -> SubjectKind.valueOf(value), IllegalArgumentException.class, typed, e -> { });
            expect(() -> BuiltInRules.named("complaints," + value), ConsumerProtectionException.class, typed,
                    e -> assertThat(e.getMessage()).contains("names", "UNKNOWN_RULE_SET"));
        }
    }

    @Property(tries = 30)
    void aDuplicateChannelReferenceIsNotEchoed(@ForAll("typed") String typed) {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        store.save(record("CP-1", typed), 0);

        expect(() -> store.save(record("CP-2", typed), 0), DuplicateChannelReferenceException.class, typed,
                e -> assertThat(e.getMessage()).contains("HOTLINE", "(" + typed.length() + " "));
        assertThat(store.findByChannelReference("HOTLINE", typed)).isPresent();
    }

    private static void expect(Runnable call, Class<? extends Throwable> type, String raw, Consumer<Throwable> more) {
        Throwable e = catchThrowable(call::run);
        assertThat(e).isInstanceOf(type);
        assertNoRaw(e, raw);
        more.accept(e);
    }

    /** Neither the message, nor the stack trace with every cause, nor a violation holds the raw value's digits. */
    static void assertNoRaw(Throwable e, String raw) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String digits = raw.replace("X", "");
        assertThat(trace.toString()).as("stack trace of %s", e).doesNotContain(digits)
                .doesNotContain(digits.substring(0, 8)).doesNotContain(digits.substring(digits.length() - 8));
    }

    private static ComplaintRecord record(String id, String channelReference) {
        return new ComplaintRecord(id, 0, "HOTLINE", channelReference, "HOTLINE",
                new ComplainantRecord("PERSON", "CUST-1", "欧阳娜娜", "SELF", null, 1), "", "退费", "年费被扣", Map.of(),
                "ORDINARY", "RECEIVED", Instant.parse("2024-09-20T02:00:00Z"), "BR-0101", "EMP-001", null, null,
                List.of(), Map.of());
    }

    private static Complaints facade() {
        return facade(new InMemoryComplaintStore());
    }

    private static Complaints facade(InMemoryComplaintStore store) {
        return ConsumerProtection.builder().complaintStore(store).notificationSender(new InMemoryNotificationSender())
                .auditSink(new InMemoryAuditSink()).clock(Clock.fixed(Instant.parse("2024-09-20T03:00:00Z"), ZoneOffset.UTC))
                .complaintIds(() -> ComplaintId.of("CP-" + System.nanoTime())).build().complaints();
    }
}
