package io.consumerprotection.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every stored text field through the facade on the in-memory store: at its maximum in code points (mostly emoji
 * and CJK Extension B, two UTF-16 units each) it is stored as given; one code point more, a NUL or a lone
 * surrogate anywhere, or a control character where none is allowed, and the call is refused naming the field and
 * the rule, with nothing stored, audited or sent. Instants and dates outside their range are refused under their
 * own field name, never with a {@code DateTimeException}.
 */
class ComplaintLimitsProperties {

    static final Instant NOW = Instant.parse("2024-09-21T00:00:00Z");

    /** One stored text field: how to give it a text, and where the stored complaint keeps it. */
    record Field(String path, int max, boolean multiline, Function<Lifecycle, Complaint> state, Call call,
                 Function<Complaint, String> stored) {
        @Override
        public String toString() {
            return path + "(" + max + ")";
        }
    }

    /** The call that gives the field its text, on the complaint in the state it needs ({@code null} for intake). */
    interface Call {
        Complaint apply(Lifecycle l, Complaint state, String text);
    }

    /** A facade on fresh in-memory SPIs, with the complaint states the fields need. */
    static final class Lifecycle {
        final InMemoryComplaintStore store = new InMemoryComplaintStore();
        final InMemoryAuditSink audit = new InMemoryAuditSink();
        final InMemoryNotificationSender sender = new InMemoryNotificationSender();
        final Complaints complaints = ConsumerProtection.builder().complaintStore(store).notificationSender(sender)
                .auditSink(audit).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().complaints();

        Complaint intake(Intake.Builder intake) {
            return complaints.intake(intake.build(), "EMP-001").complaint();
        }

        Complaint received() {
            return intake(ComplaintFixtures.intake("HL-1"));
        }

        Complaint accepted() {
            return complaints.act(received(), new ComplaintAction.Accept(), "EMP-001");
        }

        Complaint assigned() {
            return complaints.act(accepted(), new ComplaintAction.Assign("EMP-002"), "EMP-001");
        }

        Complaint investigating() {
            Complaint c = complaints.act(assigned(), new ComplaintAction.StartInvestigation(), "EMP-002");
            return complaints.act(c, new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-002");
        }

        Complaint decided() {
            return complaints.act(investigating(), new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002");
        }

        Complaint act(Complaint c, ComplaintAction action) {
            return complaints.act(c, action, "EMP-002");
        }

        /** What is stored, audited and sent: the complaints with their versions and the count of records. */
        String snapshot() {
            return store.stream(io.consumerprotection.spi.complaint.ComplaintQuery.all())
                    .map(r -> r.id() + "@" + r.version() + "/" + r.timeline().size()).sorted()
                    .collect(Collectors.joining(",")) + " audit=" + audit.records().count() + " sent="
                    + sender.delivered().size();
        }
    }

    static final List<Field> FIELDS = List.of(
            intake("channelReference", ComplaintLimits.REFERENCE, false, (b, t) -> b.channelReference(t),
                    Complaint::channelReference),
            intake("source", ComplaintLimits.REFERENCE, false, (b, t) -> b.source(t), Complaint::source),
            intake("complainant.reference", ComplaintLimits.REFERENCE, false,
                    (b, t) -> b.complainant(Complainant.person(t, "欧阳娜娜")), c -> c.complainant().reference()),
            intake("complainant.name", ComplaintLimits.NAME, false,
                    (b, t) -> b.complainant(Complainant.person("CUST-1", t)), c -> c.complainant().name()),
            intake("complainant.representativeReference", ComplaintLimits.REFERENCE, false,
                    (b, t) -> b.complainant(Complainant.person("CUST-1", "欧阳娜娜").representedBy(Representation.AGENT, t)),
                    c -> c.complainant().representativeReference()),
            intake("respondent", ComplaintLimits.RESPONDENT, true, (b, t) -> b.respondent(t), Complaint::respondent),
            intake("request", ComplaintLimits.REQUEST, true, (b, t) -> b.request(t), Complaint::request),
            intake("narrative", ComplaintLimits.NARRATIVE, true, (b, t) -> b.narrative(t), Complaint::narrative),
            intake("receivingUnit", ComplaintLimits.REFERENCE, false, (b, t) -> b.receivingUnit(t),
                    Complaint::receivingUnit),
            intake("firstContactHandler", ComplaintLimits.REFERENCE, false, (b, t) -> b.firstContactHandler(t),
                    Complaint::firstContactHandler),
            new Field("actor", ComplaintLimits.REFERENCE, false, l -> null,
                    (l, c, t) -> l.complaints.intake(ComplaintFixtures.intake("HL-1").build(), t).complaint(),
                    c -> c.timeline().get(0).actor()),
            new Field("actor", ComplaintLimits.REFERENCE, false, Lifecycle::received,
                    (l, c, t) -> l.complaints.act(c, new ComplaintAction.Accept(), t), c -> c.lastEvent().actor()),
            action("handler", ComplaintLimits.REFERENCE, false, Lifecycle::accepted, ComplaintAction.Assign::new,
                    Complaint::currentHandler),
            action("toHandler", ComplaintLimits.REFERENCE, false, Lifecycle::assigned,
                    t -> new ComplaintAction.HandOver(t, "转专业部门"), Complaint::currentHandler),
            action("approver", ComplaintLimits.REFERENCE, false, Lifecycle::accepted,
                    t -> new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX, t, NoticeMethod.POST, "特别复杂"),
                    c -> c.lastEvent().details().get(EventDetail.APPROVER)),
            action("unit", ComplaintLimits.REFERENCE, false, Lifecycle::accepted,
                    t -> new ComplaintAction.Escalate(t, "提级会商"), c -> c.lastEvent().details().get(EventDetail.UNIT)),
            reason("reason", ComplaintLimits.REASON, Lifecycle::assigned, t -> new ComplaintAction.HandOver("EMP-3", t)),
            reason("reason", ComplaintLimits.REASON, Lifecycle::received,
                    t -> new ComplaintAction.ChangeLevel(ComplaintLevel.COMPLEX, t)),
            reason("reason", ComplaintLimits.REASON, Lifecycle::accepted,
                    t -> new ComplaintAction.Extend(HandlingTier.COMPLEX, null, null, t)),
            reason("reason", ComplaintLimits.REASON, Lifecycle::accepted, t -> new ComplaintAction.Escalate("HO", t)),
            reason("reason", ComplaintLimits.REASON, Lifecycle::decided, ComplaintAction.RequestReview::new),
            reason("reason", ComplaintLimits.REASON, Lifecycle::received, ComplaintAction.Withdraw::new),
            reason("explanation", ComplaintLimits.REASON, Lifecycle::received,
                    t -> new ComplaintAction.Decline(DeclineReason.NOT_A_COMPLAINT, t)),
            reason("explanation", ComplaintLimits.REASON, Lifecycle::investigating,
                    t -> new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, t)),
            reason("summary", ComplaintLimits.SUMMARY, Lifecycle::assigned, ComplaintAction.ProposePlan::new),
            reason("summary", ComplaintLimits.SUMMARY, Lifecycle::accepted, ComplaintAction.NewFacts::new),
            decision("decision.findings", ComplaintLimits.DECISION_TEXT, true, EventDetail.FINDINGS,
                    t -> Decision.withAllRemedies(DecisionOutcome.UPHELD, t, "合同第5条", NoticeMethod.SMS, "SMS-1")),
            decision("decision.grounds", ComplaintLimits.DECISION_TEXT, true, EventDetail.GROUNDS,
                    t -> Decision.withAllRemedies(DecisionOutcome.UPHELD, "年费未告知", t, NoticeMethod.SMS, "SMS-1")),
            decision("decision.noticeProof", ComplaintLimits.NOTICE_PROOF, false, EventDetail.NOTICE_PROOF,
                    t -> Decision.withAllRemedies(DecisionOutcome.UPHELD, "年费未告知", "合同第5条", NoticeMethod.SMS, t)));

    private static Field intake(String path, int max, boolean multiline,
                                BiFunction<Intake.Builder, String, Intake.Builder> set, Function<Complaint, String> stored) {
        return new Field(path, max, multiline, l -> null,
                (l, c, t) -> l.intake(set.apply(ComplaintFixtures.intake("HL-1"), t)), stored);
    }

    private static Field action(String path, int max, boolean multiline, Function<Lifecycle, Complaint> state,
                                Function<String, ComplaintAction> action, Function<Complaint, String> stored) {
        return new Field(path, max, multiline, state, (l, c, t) -> l.act(c, action.apply(t)), stored);
    }

    private static Field reason(String path, int max, Function<Lifecycle, Complaint> state,
                                Function<String, ComplaintAction> action) {
        return action(path, max, true, state, action, c -> c.lastEvent().reason());
    }

    private static Field decision(String path, int max, boolean multiline, String detail, Function<String, Decision> d) {
        return action(path, max, multiline, Lifecycle::investigating, t -> new ComplaintAction.Decide(d.apply(t)),
                c -> c.lastEvent().details().get(detail));
    }

    @Provide
    Arbitrary<Field> fields() {
        return Arbitraries.of(FIELDS);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 150)
    void atItsMaximumEveryFieldIsStoredAsGiven(@ForAll("fields") Field field, @ForAll("seeds") long seed) {
        Lifecycle l = new Lifecycle();
        String text = text(new Random(seed), field.max(), field.multiline());
        assertThat(text.length()).isGreaterThan(field.max());

        Complaint c = field.call().apply(l, field.state().apply(l), text);

        assertThat(field.stored().apply(c)).isEqualTo(text);
        assertThat(field.stored().apply(l.complaints.get(c.id()))).isEqualTo(text);
    }

    @Property(tries = 150)
    void oneCodePointOverItsMaximumIsRefusedNamingTheFieldAndNothingIsStored(@ForAll("fields") Field field,
                                                                           @ForAll("seeds") long seed) {
        Lifecycle l = new Lifecycle();
        String text = text(new Random(seed), field.max() + 1, field.multiline());
        List<Violation> violations = refused(l, field, text);

        assertThat(violations).extracting(v -> v.field() + " " + v.rule()).containsExactly(field.path() + " MAX_LENGTH");
        assertThat(violations.get(0).message()).contains("has " + (field.max() + 1) + " code points", "at most "
                + field.max()).doesNotContain(text.substring(0, 8));
    }

    @Property(tries = 200)
    void aNulOrALoneSurrogateAnywhereIsRefusedNamingTheFieldAndNothingIsStored(@ForAll("fields") Field field,
            @ForAll("seeds") long seed, @ForAll("refusedCharacters") String refused) {
        Random random = new Random(seed);
        String text = text(random, 1 + random.nextInt(Math.min(field.max(), 300)), field.multiline());
        int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
        String bad = text.substring(0, at) + refused + text.substring(at);
        String rule = refused.equals("\u0000") ? "NUL_CHARACTER"
                : Character.isSurrogate(refused.charAt(0)) ? "UNPAIRED_SURROGATE" : "CONTROL_CHARACTER";
        if (bad.codePointCount(0, bad.length()) > field.max()) {
            bad = bad.substring(0, bad.offsetByCodePoints(0, field.max()));
            if (!bad.contains(refused) && !(refused.length() == 1 && Character.isSurrogate(bad.charAt(bad.length() - 1)))) {
                return; // the refused character was cut off
            }
        }
        List<Violation> violations = refused(new Lifecycle(), field, bad);

        assertThat(violations).extracting(v -> v.field() + " " + v.rule()).containsExactly(field.path() + " " + rule);
    }

    @Provide
    Arbitrary<String> refusedCharacters() {
        return Arbitraries.of("\u0000", "\uD83D", "\uDE00", "\uD840", "\u0001", "\u001B", "\u007F", "\u0085", "\u009F");
    }

    @Property(tries = 60)
    void tabLineFeedAndCarriageReturnAreFreeTextOnly(@ForAll("fields") Field field, @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        String line = text(random, 8 + random.nextInt(20), false);
        String text = line + "\r\n\t" + line;
        if (field.multiline()) {
            Lifecycle l = new Lifecycle();
            assertThat(field.stored().apply(field.call().apply(l, field.state().apply(l), text))).isEqualTo(text);
        } else {
            assertThat(refused(new Lifecycle(), field, text)).extracting(v -> v.field() + " " + v.rule())
                    .containsExactly(field.path() + " CONTROL_CHARACTER");
        }
    }

    @Example
    void everyTextOfTheTableIsCoveredWithItsLimit() {
        Set<String> covered = FIELDS.stream().map(f -> f.path() + " " + f.max() + " " + f.multiline())
                .collect(Collectors.toSet());
        assertThat(ComplaintLimits.texts()).filteredOn(t -> !t.field().startsWith("classification"))
                .allSatisfy(t -> assertThat(covered).contains(t.field() + " " + t.maxCodePoints() + " " + t.multiline()));
    }

    /** The violations of a refused call, after checking that nothing was stored, audited or sent. */
    private static List<Violation> refused(Lifecycle l, Field field, String text) {
        Complaint state = field.state().apply(l);
        String before = l.snapshot();
        Throwable thrown = catchThrowable(() -> field.call().apply(l, state, text));
        assertThat(thrown).isInstanceOf(ComplaintValidationException.class);
        assertThat(l.snapshot()).isEqualTo(before);
        String start = text.substring(0, Math.min(text.length(), 12));
        if (start.strip().length() >= 6) {
            assertThat(thrown.getMessage()).doesNotContain(start);
            assertThat(((ComplaintValidationException) thrown).violations()).extracting(Violation::message)
                    .allSatisfy(m -> assertThat(m).doesNotContain(start));
        }
        return ((ComplaintValidationException) thrown).violations();
    }

    // ---------------------------------------------------------------- instants and dates

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.oneOf(
                Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH, ComplaintLimits.EARLIEST_RECEIPT,
                        ComplaintLimits.EARLIEST_RECEIPT.minusNanos(1), NOW.plus(IntakeChecks.MAX_CLOCK_SKEW),
                        NOW.plus(IntakeChecks.MAX_CLOCK_SKEW).plusNanos(1), ComplaintLimits.LATEST_INSTANT),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                        .map(Instant::ofEpochSecond),
                Arbitraries.longs().between(ComplaintLimits.EARLIEST_RECEIPT.getEpochSecond() - 86_400 * 400L,
                        NOW.getEpochSecond() + 86_400).map(Instant::ofEpochSecond));
    }

    @Property(tries = 300)
    void aReceiptOutsideItsRangeIsAViolationOfReceivedAt(@ForAll("instants") Instant receivedAt) {
        Lifecycle l = new Lifecycle();
        boolean inRange = !receivedAt.isBefore(ComplaintLimits.EARLIEST_RECEIPT)
                && !receivedAt.isAfter(NOW.plus(IntakeChecks.MAX_CLOCK_SKEW));
        Throwable thrown = catchThrowable(() -> l.intake(ComplaintFixtures.intake("HL-1").receivedAt(receivedAt)
                .channel(Channel.REGULATOR_TRANSFER).regulatorReceivedOn(LocalDate.of(2020, 1, 1))));
        if (thrown == null) {
            assertThat(inRange).isTrue();
            return;
        }
        assertThat(thrown).isInstanceOf(ComplaintValidationException.class);
        List<Violation> v = ((ComplaintValidationException) thrown).violations();
        assertThat(v).extracting(Violation::field).doesNotContain("receivedOn");
        if (inRange) {
            // in range: only the regulator's date may be refused, or a receipt before the first classification
            // scheme in force (2018-01-01 for the bundled one), under its own rule
            assertThat(v).filteredOn(x -> x.field().equals("receivedAt")).extracting(Violation::rule)
                    .allSatisfy(rule -> assertThat(rule).isEqualTo("NO_SCHEME_IN_FORCE"));
        } else {
            assertThat(v).extracting(x -> x.field() + " " + x.rule()).containsExactly("receivedAt "
                    + (receivedAt.isBefore(ComplaintLimits.EARLIEST_RECEIPT) ? "OUT_OF_RANGE" : "NOT_IN_FUTURE"));
        }
        assertThat(l.store.size()).isZero();
    }

    @Example
    void aReceiptBefore2007IsNamedReceivedAtNotReceivedOn() {
        assertThatThrownBy(() -> new Lifecycle().intake(ComplaintFixtures.intake("HL-1")
                .receivedAt(Instant.parse("2006-06-01T00:00:00Z"))))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule()).containsExactly("receivedAt OUT_OF_RANGE"));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2024, 9, 21),
                        LocalDate.of(2024, 9, 21).plusDays(ComplaintLimits.NOTICE_DELAY_DAYS),
                        LocalDate.of(2024, 9, 21).plusDays(ComplaintLimits.NOTICE_DELAY_DAYS + 1)),
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay),
                Arbitraries.integers().between(-800, 800).map(d -> LocalDate.of(2024, 9, 21).plusDays(d)));
    }

    @Property(tries = 200)
    void aNoticeReceivedOutsideItsRangeIsAViolationOfThatField(@ForAll("dates") LocalDate receivedOn) {
        Lifecycle l = new Lifecycle();
        Complaint investigating = l.investigating();
        Throwable thrown = catchThrowable(() -> l.act(investigating,
                new ComplaintAction.Decide(ComplaintFixtures.decision().withNoticeReceivedOn(receivedOn))));
        LocalDate decidedOn = LocalDate.of(2024, 9, 21);
        if (!receivedOn.isBefore(decidedOn) && !receivedOn.isAfter(decidedOn.plusDays(ComplaintLimits.NOTICE_DELAY_DAYS))) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                    .extracting(Violation::field).containsExactly("decision.noticeReceivedOn"));
            assertThat(l.complaints.get(investigating.id()).version()).isEqualTo(investigating.version());
        }
    }

    @Property(tries = 200)
    void theRegulatorsDatesOutsideTheirRangeAreViolationsOfTheirOwnFields(@ForAll("dates") LocalDate receivedOn,
                                                                         @ForAll("dates") LocalDate feedbackDue) {
        LocalDate bankDay = LocalDate.of(2024, 9, 20);
        Throwable thrown = catchThrowable(() -> new Lifecycle().intake(ComplaintFixtures.intake("HL-1")
                .channel(Channel.REGULATOR_TRANSFER).regulatorReceivedOn(receivedOn).regulatorFeedbackDue(feedbackDue)));
        boolean receivedOk = !receivedOn.isAfter(bankDay)
                && !receivedOn.isBefore(bankDay.minusDays(ComplaintLimits.REGULATOR_DAYS));
        boolean dueOk = !feedbackDue.isBefore(bankDay) && !feedbackDue.isAfter(bankDay.plusDays(ComplaintLimits.REGULATOR_DAYS));
        if (receivedOk && dueOk) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(ComplaintValidationException.class);
            Set<String> expected = new java.util.TreeSet<>();
            if (!receivedOk) {
                expected.add("regulatorReceivedOn");
            }
            if (!dueOk) {
                expected.add("regulatorFeedbackDue");
            }
            assertThat(((ComplaintValidationException) thrown).violations()).extracting(Violation::field)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Property(tries = 100)
    void anEventAfterTheLatestInstantIsRefusedWithoutADateTimeException(@ForAll("instants") Instant at) {
        Complaint received = Complaint.received(ComplaintId.of("CP-1"), ComplaintFixtures.intake("HL-1").build(),
                ComplaintLevel.ORDINARY, "EMP-001");
        Throwable thrown = catchThrowable(() -> received.apply(new ComplaintAction.Withdraw("撤回"), "EMP-001", at));
        if (!at.isBefore(ComplaintFixtures.RECEIVED) && !at.isAfter(ComplaintLimits.LATEST_INSTANT)) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                    .extracting(Violation::field).containsExactly("at"));
        }
    }

    // ---------------------------------------------------------------- texts

    /**
     * A text of exactly this many code points, most of them outside the Basic Multilingual Plane: emoji
     * (U+1F300–U+1F5FF) and CJK Extension B (U+20000–U+2A6DF), with ASCII letters and spaces (and line breaks and
     * tabs in free text); never blank, and nothing the scrubber masks (no digits, no keywords).
     */
    static String text(Random random, int codePoints, boolean multiline) {
        StringBuilder b = new StringBuilder(codePoints * 2);
        b.appendCodePoint(0x20000 + random.nextInt(0xA6E0));
        for (int i = 1; i < codePoints; i++) {
            int kind = random.nextInt(20);
            if (kind < 8) {
                b.appendCodePoint(0x1F300 + random.nextInt(0x300));
            } else if (kind < 15) {
                b.appendCodePoint(0x20000 + random.nextInt(0xA6E0));
            } else if (kind < 19) {
                b.append((char) ('a' + random.nextInt(26)));
            } else {
                b.append(multiline ? " \n\t".charAt(random.nextInt(3)) : ' ');
            }
        }
        return b.toString();
    }
}
