package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcAccessException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.ComplaintLimits;
import io.consumerprotection.core.complaint.ComplaintValidationException;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.Decision;
import io.consumerprotection.core.complaint.DecisionOutcome;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.core.complaint.Representation;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import io.consumerprotection.spi.contract.SampleComplaints;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The limits of {@link ComplaintLimits} end to end on a database: every text at its maximum in astral code points
 * (emoji, CJK Extension B: two UTF-16 units each) is stored and read back equal; one code point more, a NUL or a
 * lone surrogate is refused by the SDK with a {@link ComplaintValidationException} naming the field, before the
 * database sees it; the V4 migration's columns hold exactly the SDK's maxima; and a timeline at its bounds fits its
 * JSON column. Run by {@link TextLimitsH2Test} and {@link TextLimitsPostgresTest} (skipped when unreachable).
 */
abstract class TextLimitsTest {

    private static final Instant NOW = Instant.parse("2024-09-21T00:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2024-09-20T02:15:00Z");

    private JdbcHost host;
    private Complaints complaints;
    private final Random random = new Random(15);

    /** A new, migrated, empty database. */
    abstract JdbcHost open();

    /** How many units of a {@code VARCHAR} a code point may take: 2 on H2 (UTF-16), 1 on PostgreSQL. */
    abstract int unitsPerCodePoint();

    /** Releases what {@link #open()} made. */
    void release() {
    }

    @BeforeEach
    void start() {
        host = open();
        complaints = ConsumerProtection.builder().complaintStore(host.complaintStore())
                .notificationSender(host.notificationSender()).auditSink(host.auditSink())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().complaints();
    }

    @AfterEach
    void stop() {
        if (host != null) {
            host.close();
        }
        release();
    }

    /** A text of exactly this many code points, all outside the Basic Multilingual Plane. */
    private String astral(int codePoints) {
        StringBuilder b = new StringBuilder(2 * codePoints);
        for (int i = 0; i < codePoints; i++) {
            b.appendCodePoint(random.nextBoolean() ? 0x1F300 + random.nextInt(0x300) : 0x20000 + random.nextInt(0xA6E0));
        }
        return b.toString();
    }

    private Intake.Builder atMaximum() {
        return Intake.builder().channel(Channel.HOTLINE)
                .channelReference(astral(ComplaintLimits.REFERENCE))
                .source(astral(ComplaintLimits.REFERENCE))
                .complainant(Complainant.person(astral(ComplaintLimits.REFERENCE), astral(ComplaintLimits.NAME))
                        .representedBy(Representation.AGENT, astral(ComplaintLimits.REFERENCE)))
                .respondent(astral(ComplaintLimits.RESPONDENT))
                .request(astral(ComplaintLimits.REQUEST))
                .narrative(astral(ComplaintLimits.NARRATIVE))
                .receivedAt(RECEIVED)
                .receivingUnit(astral(ComplaintLimits.REFERENCE))
                .firstContactHandler(astral(ComplaintLimits.REFERENCE));
    }

    private Decision decision() {
        return Decision.withAllRemedies(DecisionOutcome.UPHELD, astral(ComplaintLimits.DECISION_TEXT),
                astral(ComplaintLimits.DECISION_TEXT), NoticeMethod.POST, astral(ComplaintLimits.NOTICE_PROOF));
    }

    @Test
    void aComplaintWithEveryTextAtItsMaximumInAstralCodePointsIsStoredAndReadBackEqual() {
        String actor = astral(ComplaintLimits.REFERENCE);
        Intake intake = atMaximum().build();
        Complaint c = complaints.intake(intake, actor).complaint();
        String reason = astral(ComplaintLimits.REASON);
        String summary = astral(ComplaintLimits.SUMMARY);
        String handler = astral(ComplaintLimits.REFERENCE);
        String unit = astral(ComplaintLimits.REFERENCE);
        String approver = astral(ComplaintLimits.REFERENCE);
        Decision decision = decision();
        List<ComplaintAction> actions = List.of(new ComplaintAction.Accept(),
                new ComplaintAction.Assign(astral(ComplaintLimits.REFERENCE)),
                new ComplaintAction.HandOver(handler, reason),
                new ComplaintAction.ProposePlan(summary),
                new ComplaintAction.Classify(Map.of("CHANNEL", "01032", "BUSINESS", "06022", "CAUSE", "0703",
                        "RESPONSIBILITY", "01")),
                new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX, approver, NoticeMethod.POST, astral(ComplaintLimits.REASON)),
                new ComplaintAction.Escalate(unit, astral(ComplaintLimits.REASON)),
                new ComplaintAction.NewFacts(astral(ComplaintLimits.SUMMARY)),
                new ComplaintAction.ChangeLevel(ComplaintLevel.COMPLEX, astral(ComplaintLimits.REASON)),
                new ComplaintAction.StartInvestigation(),
                new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, astral(ComplaintLimits.REASON)),
                new ComplaintAction.Resume(),
                new ComplaintAction.Decide(decision),
                new ComplaintAction.RequestReview(astral(ComplaintLimits.REASON)),
                new ComplaintAction.DecideReview(decision()));
        for (ComplaintAction action : actions) {
            c = complaints.act(c, action, actor);
        }

        Complaint read = complaints.get(c.id());
        assertThat(read).isEqualTo(c);
        assertThat(read.channelReference()).isEqualTo(intake.channelReference());
        assertThat(read.source()).isEqualTo(intake.source());
        assertThat(read.complainant()).isEqualTo(intake.complainant());
        assertThat(read.respondent()).isEqualTo(intake.respondent());
        assertThat(read.request()).isEqualTo(intake.request());
        assertThat(read.narrative()).isEqualTo(intake.narrative());
        assertThat(read.receivingUnit()).isEqualTo(intake.receivingUnit());
        assertThat(read.firstContactHandler()).isEqualTo(intake.firstContactHandler());
        assertThat(read.currentHandler()).isEqualTo(handler);
        assertThat(read.findLast(io.consumerprotection.core.complaint.ComplaintEventType.HANDED_OVER).orElseThrow()
                .reason()).isEqualTo(reason);
        assertThat(read.findLast(io.consumerprotection.core.complaint.ComplaintEventType.DECIDED).orElseThrow()
                .details()).containsEntry(EventDetail.FINDINGS, decision.findings())
                .containsEntry(EventDetail.GROUNDS, decision.grounds())
                .containsEntry(EventDetail.NOTICE_PROOF, decision.noticeProof());
        assertThat(read.timeline()).filteredOn(e -> !e.actor().equals("consumer-protection"))
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(actor));
        assertThat(host.auditSink().records().toList()).hasSize(actions.size() + 1)
                .allSatisfy(r -> assertThat(r.actor()).isEqualTo(actor));
    }

    @Test
    void oneCodePointOverAnyMaximumIsRefusedByTheSdkBeforeTheDatabase() {
        Map<String, Intake> over = new LinkedHashMap<>();
        over.put("channelReference", atMaximum().channelReference(astral(ComplaintLimits.REFERENCE + 1)).build());
        over.put("source", atMaximum().source(astral(ComplaintLimits.REFERENCE + 1)).build());
        over.put("complainant.reference", atMaximum().complainant(Complainant.person(astral(ComplaintLimits.REFERENCE + 1),
                "名")).build());
        over.put("complainant.name", atMaximum().complainant(Complainant.person("CUST-1", astral(ComplaintLimits.NAME + 1)))
                .build());
        over.put("complainant.representativeReference", atMaximum().complainant(Complainant.person("CUST-1", "名")
                .representedBy(Representation.AGENT, astral(ComplaintLimits.REFERENCE + 1))).build());
        over.put("respondent", atMaximum().respondent(astral(ComplaintLimits.RESPONDENT + 1)).build());
        over.put("request", atMaximum().request(astral(ComplaintLimits.REQUEST + 1)).build());
        over.put("narrative", atMaximum().narrative(astral(ComplaintLimits.NARRATIVE + 1)).build());
        over.put("receivingUnit", atMaximum().receivingUnit(astral(ComplaintLimits.REFERENCE + 1)).build());
        over.put("firstContactHandler", atMaximum().firstContactHandler(astral(ComplaintLimits.REFERENCE + 1)).build());
        over.forEach((field, intake) -> assertRefused(() -> complaints.intake(intake, "EMP-1"), field, "MAX_LENGTH"));
        assertRefused(() -> complaints.intake(atMaximum().build(), astral(ComplaintLimits.REFERENCE + 1)), "actor",
                "MAX_LENGTH");
        assertRefused(() -> complaints.intake(atMaximum().narrative("退还\u0000年费").build(), "EMP-1"), "narrative",
                "NUL_CHARACTER");
        assertRefused(() -> complaints.intake(atMaximum().complainant(Complainant.person("CUST-1", "王\uD83D五")).build(),
                "EMP-1"), "complainant.name", "UNPAIRED_SURROGATE");
        assertRefused(() -> complaints.intake(atMaximum().receivedAt(Instant.MIN).build(), "EMP-1"), "receivedAt",
                "OUT_OF_RANGE");
        assertRefused(() -> complaints.intake(atMaximum().receivedAt(Instant.MAX).build(), "EMP-1"), "receivedAt",
                "NOT_IN_FUTURE");
        assertRefused(() -> complaints.intake(atMaximum().receivedAt(Instant.parse("2006-06-30T00:00:00Z")).build(),
                "EMP-1"), "receivedAt", "OUT_OF_RANGE");
        assertThat(host.complaintStore().count()).isZero();

        Complaint c = complaints.intake(atMaximum().build(), "EMP-1").complaint();
        assertRefused(() -> complaints.act(c, new ComplaintAction.Accept(), astral(ComplaintLimits.REFERENCE + 1)),
                "actor", "MAX_LENGTH");
        assertRefused(() -> complaints.act(c, new ComplaintAction.Decline(
                io.consumerprotection.core.complaint.DeclineReason.NOT_A_COMPLAINT, astral(ComplaintLimits.REASON + 1)),
                "EMP-1"), "explanation", "MAX_LENGTH");
        assertRefused(() -> complaints.act(c, new ComplaintAction.Withdraw("撤\u0000回"), "EMP-1"), "reason",
                "NUL_CHARACTER");
        assertThat(complaints.get(c.id()).version()).isEqualTo(c.version());
        assertThat(host.auditSink().records().count()).isEqualTo(1);

        // the 1 MB plan, refused by the SDK with the field and rule (the database is never asked)
        Complaint assigned = complaints.act(complaints.act(c, new ComplaintAction.Accept(), "EMP-1"),
                new ComplaintAction.Assign("EMP-2"), "EMP-1");
        assertRefused(() -> complaints.act(assigned, new ComplaintAction.ProposePlan("方".repeat(1_000_001)), "EMP-2"),
                "summary", "MAX_LENGTH");
        assertRefused(() -> complaints.act(assigned, new ComplaintAction.HandOver("EMP\t3", "转"), "EMP-2"),
                "toHandler", "CONTROL_CHARACTER");
        assertThat(complaints.get(c.id()).version()).isEqualTo(assigned.version());
    }

    private static void assertRefused(Runnable call, String field, String rule) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).as(field).isInstanceOf(ComplaintValidationException.class);
        assertThat(((ComplaintValidationException) thrown).violations()).as(field)
                .extracting(v -> v.field() + " " + v.rule()).containsExactly(field + " " + rule);
    }

    /** A record at the store's level, around the SDK: the V4 columns hold exactly the SDK's maxima. */
    private ComplaintRecord record(String id, String channelReference, String source, String reference, String name,
                                   String representative, String respondent, String unit, String firstContact,
                                   String current) {
        return new ComplaintRecord(id, 0, "HOTLINE", channelReference, source,
                new ComplainantRecord("PERSON", reference, name, "AGENT", representative, 1), respondent, "诉求", "经过",
                Map.of(), "ORDINARY", "RECEIVED", RECEIVED, unit, firstContact, current, null,
                List.of(new TimelineEventRecord(1, "RECEIVED", RECEIVED, "EMP-1", "", Map.of())), Map.of());
    }

    @Test
    void theColumnsHoldExactlyTheSdksMaximaInCodePoints() {
        int ref = ComplaintLimits.REFERENCE;
        ComplaintRecord full = record("C-1", astral(ref), astral(ref), astral(ref), astral(ComplaintLimits.NAME),
                astral(ref), astral(ComplaintLimits.RESPONDENT), astral(ref), astral(ref), astral(ref));
        assertThat(host.complaintStore().save(full, 0)).isEqualTo(host.complaintStore().findById("C-1").orElseThrow());
        assertThat(host.complaintStore().findById("C-1").orElseThrow().complainant()).isEqualTo(full.complainant());

        List<ComplaintRecord> over = List.of(
                record("C-2", astral(ref + 1), "S", "R", "N", "A", "", "U", "F", null),
                record("C-3", "CR-3", astral(ref + 1), "R", "N", "A", "", "U", "F", null),
                record("C-4", "CR-4", "S", astral(ref + 1), "N", "A", "", "U", "F", null),
                record("C-5", "CR-5", "S", "R", astral(ComplaintLimits.NAME + 1), "A", "", "U", "F", null),
                record("C-6", "CR-6", "S", "R", "N", astral(ref + 1), "", "U", "F", null),
                record("C-7", "CR-7", "S", "R", "N", "A", astral(ComplaintLimits.RESPONDENT + 1), "U", "F", null),
                record("C-8", "CR-8", "S", "R", "N", "A", "", astral(ref + 1), "F", null),
                record("C-9", "CR-9", "S", "R", "N", "A", "", "U", astral(ref + 1), null),
                record("C-10", "CR-10", "S", "R", "N", "A", "", "U", "F", astral(ref + 1)));
        for (ComplaintRecord r : over) {
            assertThatThrownBy(() -> host.complaintStore().save(r, 0)).as(r.id())
                    .isInstanceOfSatisfying(JdbcAccessException.class, e -> assertThat(e.sqlState()).startsWith("22"));
        }
        assertThat(host.complaintStore().count()).isEqualTo(1);
    }

    @Test
    void theMigratedColumnsDeclareTheMaximaAndKeepTheirNullability() throws java.sql.SQLException {
        Map<String, String> columns = new java.util.TreeMap<>();
        try (java.sql.Connection c = host.dataSource().getConnection();
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT column_name, character_maximum_length, is_nullable"
                     + " FROM information_schema.columns WHERE UPPER(table_name) = 'COMPLAINT'"
                     + " AND table_schema = CURRENT_SCHEMA")) {
            while (rs.next()) {
                columns.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getLong(2) + " " + rs.getString(3));
            }
        }
        int ref = ComplaintLimits.REFERENCE * unitsPerCodePoint();
        int name = ComplaintLimits.NAME * unitsPerCodePoint();
        assertThat(columns).containsEntry("channel_reference", ref + " NO").containsEntry("source", ref + " YES")
                .containsEntry("complainant_reference", ref + " NO").containsEntry("complainant_name", name + " YES")
                .containsEntry("representative_reference", ref + " YES").containsEntry("respondent", name + " YES")
                .containsEntry("receiving_unit", ref + " YES").containsEntry("first_contact_handler", ref + " YES")
                .containsEntry("current_handler", ref + " YES");
    }

    @Test
    void aTimelineAtItsBoundsFitsItsColumn() throws java.sql.SQLException {
        // the worst case for the JSON column: the most events and the most text (with the 200 code points the last
        // event's notifications may add), every code point two UTF-16 units once written (astral characters, and
        // quotes, backslashes, line feeds and tabs, which JSON escapes), the longest type name and instant
        Map<String, String> details = Map.of(EventDetail.OUTCOME, "PARTIALLY_UPHELD", EventDetail.REMEDIES,
                "ARBITRATION,LITIGATION,MEDIATION,REVIEW", EventDetail.NOTICE_METHOD, "IN_PERSON");
        String[] escaped = {"\"", "\\", "\n", "\t"};
        int events = ComplaintLimits.TIMELINE_EVENTS;
        long text = ComplaintLimits.TIMELINE_TEXT + 200L;
        List<TimelineEventRecord> timeline = new ArrayList<>(events);
        long used = 0;
        for (int i = 1; i <= events; i++) {
            String actor = astral(ComplaintLimits.REFERENCE);
            long share = (text - used) / (events - i + 1) - ComplaintLimits.REFERENCE;
            for (Map.Entry<String, String> d : details.entrySet()) {
                share -= d.getKey().length() + d.getValue().length();
            }
            StringBuilder reason = new StringBuilder();
            for (int k = 0; k < share; k++) {
                if (k % 2 == 0) {
                    reason.append(escaped[(k / 2) % 4]);
                } else {
                    reason.appendCodePoint(0x20000 + random.nextInt(0xA6E0));
                }
            }
            TimelineEventRecord e = new TimelineEventRecord(i, i == 1 ? "RECEIVED" : "INVESTIGATION_STARTED",
                    Instant.parse("9999-12-30T23:59:59.999999999Z"), actor, reason.toString(), details);
            used += actor.codePointCount(0, actor.length()) + reason.codePointCount(0, reason.length());
            for (Map.Entry<String, String> d : details.entrySet()) {
                used += d.getKey().length() + d.getValue().length();
            }
            timeline.add(e);
        }
        assertThat(used).isEqualTo(text);
        ComplaintRecord sample = SampleComplaints.complete("C-1", "CR-1", RECEIVED);
        ComplaintRecord big = new ComplaintRecord(sample.id(), 0, sample.channel(), sample.channelReference(),
                sample.source(), sample.complainant(), sample.respondent(), sample.request(), sample.narrative(),
                sample.classification(), sample.level(), sample.status(), sample.receivedAt(), sample.receivingUnit(),
                sample.firstContactHandler(), sample.currentHandler(), sample.relatedComplaintId(), timeline,
                sample.dueDates());

        ComplaintRecord saved = host.complaintStore().save(big, 0);

        assertThat(saved.timeline()).isEqualTo(timeline);
        assertThat(host.complaintStore().findById("C-1").orElseThrow()).isEqualTo(saved);
        try (java.sql.Connection c = host.dataSource().getConnection();
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT timeline FROM complaint WHERE id = 'C-1'")) {
            assertThat(rs.next()).isTrue();
            String json = rs.getString(1);
            // at least two UTF-16 units per code point of text, and under 1,000,000 (V4__text_limits.sql)
            assertThat(json.length()).isGreaterThan(2 * ComplaintLimits.TIMELINE_TEXT).isLessThan(1_000_000);
        }
    }
}
