package io.consumerprotection.core.complaint;

import io.consumerprotection.core.internal.text.StoredText;
import io.consumerprotection.spi.Violation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The limits of what a complaint stores, checked by the lifecycle before anything reaches the host's store: the
 * maximum length of every stored text in Unicode code points ({@link #texts()}), the characters no stored text
 * may hold, the size of the timeline, and the range of every instant and date a caller gives.
 *
 * <p><b>Lengths</b> are counted in code points, so an emoji or a CJK Extension B character (outside the Basic
 * Multilingual Plane, two UTF-16 {@code char}s) counts as one. A column holding {@code n} code points is
 * {@code VARCHAR(n)} on PostgreSQL and MariaDB ({@code utf8mb4}), {@code VARCHAR(2n)} on H2, which counts UTF-16
 * units; the example host's migrations declare exactly these maxima.
 *
 * <p><b>Characters</b>: no stored text holds NUL (U+0000; rule {@code NUL_CHARACTER}: PostgreSQL cannot store it)
 * or a UTF-16 surrogate that is not half of a pair ({@code UNPAIRED_SURROGATE}: it is no character, and a
 * database silently replaces it). The other C0 controls, DEL and the C1 controls (U+0001–U+001F, U+007F–U+009F)
 * are refused as {@code CONTROL_CHARACTER}, except tab, line feed and carriage return in free text
 * ({@link TextLimit#multiline()}: a narrative has paragraphs); ids, references, names and codes are one line.
 *
 * <p><b>The timeline</b> (one JSON column in the example host) holds at most {@value #TIMELINE_EVENTS} events and
 * at most {@value #TIMELINE_TEXT} code points of text over all its events (actors, reasons, detail keys and
 * values); an action whose event would pass either bound, counting the up to {@value #NOTIFICATIONS_PER_EVENT}
 * notifications it may queue, is refused as {@code TIMELINE_FULL}. With at most two UTF-16 units per code point
 * once JSON-escaped (the refused controls are the only characters that escape longer), the timeline's JSON stays
 * under a million UTF-16 units.
 *
 * <p><b>Instants and dates</b>: a receipt ({@code receivedAt}) lies between {@link #EARLIEST_RECEIPT} (the start of
 * the bundled working-day calendar, 2007-01-01 in China) and now plus {@link IntakeChecks#MAX_CLOCK_SKEW}; an
 * action's instant is not after {@link #LATEST_INSTANT}; a decision's {@code noticeReceivedOn} is at most
 * {@value #NOTICE_DELAY_DAYS} days after the decision; a forwarded complaint's {@code regulatorReceivedOn} is at
 * most {@value #REGULATOR_DAYS} days before the bank's receipt and its {@code regulatorFeedbackDue} at most
 * {@value #REGULATOR_DAYS} days after it. Outside its range each is a violation of its own field with rule
 * {@code OUT_OF_RANGE} (or {@code NOT_IN_FUTURE} for a receipt in the future) — never a {@code DateTimeException}.
 *
 * <p>Every violation names the field and the rule; its message states the maximum and the actual length or the
 * position of the refused character, never the text.
 */
public final class ComplaintLimits {

    /** Code points of an id or reference: channel reference, source, customer and representative references,
     *  staff, unit and approver ids, the actor of every call, classification dimensions and codes. */
    public static final int REFERENCE = 64;
    /** Code points of the complainant's name (a person's or an organisation's). */
    public static final int NAME = 200;
    /** Code points of the respondent (the unit or staff complained about). */
    public static final int RESPONDENT = 200;
    /** Code points of the complainant's request (诉求). */
    public static final int REQUEST = 2_000;
    /** Code points of the narrative (facts and reasons). */
    public static final int NARRATIVE = 20_000;
    /** Code points of an action's reason or explanation (decline, hand-over, level change, pause, extension,
     *  escalation, review request, withdrawal). */
    public static final int REASON = 2_000;
    /** Code points of an action's summary (plan, new facts, feedback to the regulator). */
    public static final int SUMMARY = 5_000;
    /** Code points of a decision's findings, and of its grounds. */
    public static final int DECISION_TEXT = 10_000;
    /** Code points of a decision's proof of notice (a post receipt, an SMS id, a call record id). */
    public static final int NOTICE_PROOF = 200;
    /** Classification codes a complaint holds (dimensions). */
    public static final int CLASSIFICATION_CODES = 32;
    /** Events on a timeline, notifications included. */
    public static final int TIMELINE_EVENTS = 1_000;
    /** Code points of text over a whole timeline: actors, reasons, detail keys and values. */
    public static final int TIMELINE_TEXT = 200_000;
    /** The notifications the lifecycle may queue for one event (each one more timeline event). */
    public static final int NOTIFICATIONS_PER_EVENT = 2;
    /** Days after a decision within which its notice may be recorded as received. */
    public static final int NOTICE_DELAY_DAYS = 60;
    /** Days between the bank's receipt of a forwarded complaint and the regulator's receipt or feedback date. */
    public static final int REGULATOR_DAYS = 366;

    /** The earliest receipt instant: 2007-01-01T00:00 in China, the start of the bundled working-day calendar. */
    public static final Instant EARLIEST_RECEIPT = LocalDateTime.of(2007, 1, 1, 0, 0).atZone(Complaint.CHINA).toInstant();
    /**
     * The latest instant of any event, 9999-12-31T00:00Z: its day in China is still in year 9999, the last that
     * prints as a plain ISO date.
     */
    public static final Instant LATEST_INSTANT = Instant.parse("9999-12-31T00:00:00Z");

    /** The limit of one stored text field: its maximum in code points and whether it may hold several lines.
     *
     * @param field         the field path, as in a {@link Violation}; {@code reason} and {@code summary} stand for
     *                      the reason, explanation and summary of every action that has one
     * @param maxCodePoints the maximum length in code points
     * @param multiline     whether tab, line feed and carriage return are allowed (free text)
     */
    public record TextLimit(String field, int maxCodePoints, boolean multiline) {

        /** @throws IllegalArgumentException unless the field is a path of ASCII letters, dots and brackets and
         *                                  the maximum is positive */
        public TextLimit {
            if (field == null || !field.matches("[A-Za-z][A-Za-z.\\[\\]]*")) {
                throw new IllegalArgumentException("field must be a path of letters, '.', '[' and ']'");
            }
            if (maxCodePoints < 1) {
                throw new IllegalArgumentException("maxCodePoints must be positive, got " + maxCodePoints);
            }
        }
    }

    private static final List<TextLimit> TEXTS = List.of(
            new TextLimit("channelReference", REFERENCE, false),
            new TextLimit("source", REFERENCE, false),
            new TextLimit("complainant.reference", REFERENCE, false),
            new TextLimit("complainant.name", NAME, false),
            new TextLimit("complainant.representativeReference", REFERENCE, false),
            new TextLimit("respondent", RESPONDENT, true),
            new TextLimit("request", REQUEST, true),
            new TextLimit("narrative", NARRATIVE, true),
            new TextLimit("receivingUnit", REFERENCE, false),
            new TextLimit("firstContactHandler", REFERENCE, false),
            new TextLimit("classification[dimension]", REFERENCE, false),
            new TextLimit("actor", REFERENCE, false),
            new TextLimit("handler", REFERENCE, false),
            new TextLimit("toHandler", REFERENCE, false),
            new TextLimit("approver", REFERENCE, false),
            new TextLimit("unit", REFERENCE, false),
            new TextLimit("reason", REASON, true),
            new TextLimit("explanation", REASON, true),
            new TextLimit("summary", SUMMARY, true),
            new TextLimit("decision.findings", DECISION_TEXT, true),
            new TextLimit("decision.grounds", DECISION_TEXT, true),
            new TextLimit("decision.noticeProof", NOTICE_PROOF, false));

    private ComplaintLimits() {
    }

    /**
     * Every stored text field with its limit, intake fields first, then the actor and the actions' fields.
     * {@code classification[dimension]} stands for each dimension name and each code.
     */
    public static List<TextLimit> texts() {
        return TEXTS;
    }

    /** The violations of the actor of a call (required, an id of at most {@value #REFERENCE} code points). */
    public static List<Violation> checkActor(String actor) {
        List<Violation> v = new ArrayList<>(1);
        if (actor == null || actor.isBlank()) {
            v.add(Violation.of("actor", "NotBlank", "the actor is required (real-name access)"));
        } else {
            text(v, "actor", actor, REFERENCE, false);
        }
        return v;
    }

    /**
     * The violations of an action's texts and ids against their limits and refused characters; empty when
     * every text is within them. Missing texts are not reported here (the lifecycle reports those it requires).
     */
    public static List<Violation> check(ComplaintAction action) {
        List<Violation> v = new ArrayList<>(0);
        if (action instanceof ComplaintAction.Decline d) {
            text(v, "explanation", d.explanation(), REASON, true);
        } else if (action instanceof ComplaintAction.Assign a) {
            text(v, "handler", a.handler(), REFERENCE, false);
        } else if (action instanceof ComplaintAction.HandOver h) {
            text(v, "toHandler", h.toHandler(), REFERENCE, false);
            text(v, "reason", h.reason(), REASON, true);
        } else if (action instanceof ComplaintAction.ProposePlan p) {
            text(v, "summary", p.summary(), SUMMARY, true);
        } else if (action instanceof ComplaintAction.Classify c) {
            classification(v, c.codes());
        } else if (action instanceof ComplaintAction.OverrideSuggestion o) {
            classification(v, o.codes());
            classification(v, o.suggested());
            text(v, "suggestionVersion", o.suggestionVersion(), REFERENCE, false);
            if (!o.suggestionVersion().matches("[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}")) {
                // a dictionary version such as 2026.3 or 2026.3+local; anything else (free text) is refused unshown
                v.add(Violation.of("suggestionVersion", "VERSION_FORM",
                        "a suggestion version is letters, digits and . + _ - (like 2026.3+local)"));
            }
        } else if (action instanceof ComplaintAction.ChangeLevel l) {
            text(v, "reason", l.reason(), REASON, true);
        } else if (action instanceof ComplaintAction.Pause p) {
            text(v, "explanation", p.explanation(), REASON, true);
        } else if (action instanceof ComplaintAction.Extend x) {
            text(v, "approver", x.approver(), REFERENCE, false);
            text(v, "reason", x.reason(), REASON, true);
        } else if (action instanceof ComplaintAction.NewFacts f) {
            text(v, "summary", f.summary(), SUMMARY, true);
        } else if (action instanceof ComplaintAction.Escalate e) {
            text(v, "unit", e.unit(), REFERENCE, false);
            text(v, "reason", e.reason(), REASON, true);
        } else if (action instanceof ComplaintAction.Decide d) {
            decision(v, d.decision());
        } else if (action instanceof ComplaintAction.RequestReview r) {
            text(v, "reason", r.reason(), REASON, true);
        } else if (action instanceof ComplaintAction.DecideReview d) {
            decision(v, d.decision());
        } else if (action instanceof ComplaintAction.Withdraw w) {
            text(v, "reason", w.reason(), REASON, true);
        } else if (action instanceof ComplaintAction.ReportToRegulator f) {
            text(v, "summary", f.summary(), SUMMARY, true);
        }
        // Accept, StartInvestigation, RecordContact, Resume, MergeInto, LinkRepeat (ids checked by ComplaintId),
        // RecordSatisfaction and Close carry no text
        return v;
    }

    private static void decision(List<Violation> v, Decision d) {
        text(v, "decision.findings", d.findings(), DECISION_TEXT, true);
        text(v, "decision.grounds", d.grounds(), DECISION_TEXT, true);
        text(v, "decision.noticeProof", d.noticeProof(), NOTICE_PROOF, false);
    }

    /** The violations of classification codes: their number, and each dimension name and code as an id. */
    static void classification(List<Violation> v, Map<String, String> codes) {
        if (codes.size() > CLASSIFICATION_CODES) {
            v.add(Violation.of("classification", "MAX_ENTRIES", "classification has " + codes.size()
                    + " codes; at most " + CLASSIFICATION_CODES + " are stored"));
        }
        codes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String field = "classification[" + (ComplaintId.isWellFormed(e.getKey()) ? e.getKey() : "…") + "]";
            text(v, field, e.getKey(), REFERENCE, false);
            text(v, field, e.getValue(), REFERENCE, false);
        });
    }

    /**
     * The violation of a timeline that cannot take one more event (with the notifications it may queue), or
     * {@code null}.
     */
    static Violation timeline(List<TimelineEvent> timeline, String actor, String reason, Map<String, String> details) {
        if (timeline.size() + 1 + NOTIFICATIONS_PER_EVENT > TIMELINE_EVENTS) {
            return Violation.of("timeline", "TIMELINE_FULL", "the timeline has " + timeline.size() + " events; at most "
                    + TIMELINE_EVENTS + " are stored, counting the " + NOTIFICATIONS_PER_EVENT
                    + " notifications an event may queue");
        }
        long total = textOf(actor, reason, details);
        for (TimelineEvent e : timeline) {
            total += textOf(e.actor(), e.reason(), e.details());
        }
        if (total > TIMELINE_TEXT) {
            return Violation.of("timeline", "TIMELINE_FULL", "the timeline would hold " + total
                    + " code points of text; at most " + TIMELINE_TEXT + " are stored");
        }
        return null;
    }

    /** The code points of an event's texts: actor, reason, detail keys and values. */
    static long textOf(String actor, String reason, Map<String, String> details) {
        long n = codePoints(actor) + codePoints(reason);
        for (Map.Entry<String, String> d : details.entrySet()) {
            n += codePoints(d.getKey()) + codePoints(d.getValue());
        }
        return n;
    }

    private static int codePoints(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    /**
     * Adds the violations of one text: a refused character (each rule once, at its first position) and a length
     * over the maximum. {@code null} and empty texts have none.
     */
    static void text(List<Violation> v, String field, String value, int max, boolean multiline) {
        StoredText.check(v, field, value, max, multiline);
    }
}
