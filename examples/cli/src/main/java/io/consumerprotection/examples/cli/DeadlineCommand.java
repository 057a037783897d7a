package io.consumerprotection.examples.cli;

import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.DeadlineEvaluation;
import io.consumerprotection.core.deadline.DeadlinePolicy;
import io.consumerprotection.core.deadline.MilestoneEvaluation;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code deadline}: working-day arithmetic and complaint due dates, one JSON request per line.
 *
 * <p>Requests ({@code calendar} defaults to {@code CN}; {@code "provisional":true} opts into a Mon–Fri
 * projection beyond the calendar's data, and the answer then carries {@code "provisional":true} and a
 * {@code "warning"}, and a due date's explanation its {@code PROVISIONAL} step):
 * <ul>
 *   <li>{@code {"id":"a","op":"isWorkingDay","date":"2024-02-18"}} → {@code {"id":"a","result":true}}</li>
 *   <li>{@code {"op":"dayKind","date":…}} → {@code WORKING_DAY}, {@code WEEKEND}, {@code STATUTORY_HOLIDAY} or {@code MAKE_UP_WORKING_DAY}</li>
 *   <li>{@code {"op":"addWorkingDays","date":"2024-02-08","days":3}} → {@code "2024-02-19"}</li>
 *   <li>{@code {"op":"nextWorkingDay","date":…}}, {@code {"op":"previousWorkingDay","date":…}}</li>
 *   <li>{@code {"op":"workingDaysBetween","from":"2024-02-08","to":"2024-02-19"}} → {@code 3}</li>
 *   <li>{@code {"op":"due","policy":"NFRA-2020-3","receivedAt":"2024-09-20T10:15:00+08:00","tier":"SIMPLE"}} →
 *       {@code {"result":"2024-10-08","policyVersion":"2020-03-01","calendarVersion":"2026a","explanation":[…]}}; optional
 *       {@code tier} ({@code SIMPLE}, {@code COMPLEX}, {@code VERY_COMPLEX}: an extension granted at receipt;
 *       {@code approver} and {@code noticeMethod} where the policy requires them), {@code channel},
 *       {@code pauses} ({@code [{"from":"2024-09-25","to":"2024-09-27","reason":"MEDIATION"}]}, both days
 *       paused), {@code milestone} (default: the policy's first, e.g. {@code CONTACT}, {@code PLAN} or
 *       {@code RESOLVE} for {@code INTERNAL-3-5-10}).</li>
 * </ul>
 * Error codes: those of {@link ErrorCode}, plus {@code CALENDAR_COVERAGE}, {@code UNKNOWN_POLICY} and
 * {@code UNKNOWN_CALENDAR} from the SDK. {@code tier} is required for {@code due} (an absent tier is not taken
 * to be {@code SIMPLE}). Exit status 0 when every line was answered, 1 when some were errors, 2 on bad usage.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"Working days and complaint due dates: JSON Lines in (stdin or --input), JSON Lines out.",
            "Each request: {\"op\":\"due\"|\"isWorkingDay\"|\"dayKind\"|\"addWorkingDays\"|\"nextWorkingDay\"|",
            "  \"previousWorkingDay\"|\"workingDaysBetween\", …, \"calendar\":\"CN\", \"provisional\":false}.",
            "provisional: a date past the calendar's data (the bundled China data ends on its last State",
            "  Council notice) is an error, CALENDAR_COVERAGE, by default. With \"provisional\":true such",
            "  dates are projected as an ordinary Monday-Friday week, with no holidays: the answer then",
            "  carries \"provisional\":true and a \"warning\", and a due date's explanation a PROVISIONAL",
            "  step. A provisional answer can be wrong once the next notice is published: load it with",
            "  'calendar import-notice' as soon as it appears ('health' shows how far the data reaches).",
            "The ops and their fields are listed below."},
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {Cli.EXIT_0, Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3})
public final class DeadlineCommand extends JsonLinesCommand {

    private static final DeadlineEngine ENGINE = DeadlineEngine.bundled();
    private static final DeadlineEngine PROVISIONAL_ENGINE = DeadlineEngine.builder().allowProvisional(true).build();

    private static final Op.Field CALENDAR = Op.Field.optional("calendar", "text", "CN", "calendar id");
    private static final Op.Field PROVISIONAL = Op.Field.optional("provisional", "boolean", "false",
            "project dates past the calendar's data as a Monday-Friday week (answer marked provisional)");
    private static final Op.Field DATE = Op.Field.required("date", "ISO date", "e.g. 2024-02-18");

    static final List<Op> OPS = List.of(
            Op.of("isWorkingDay", "is the date a working day", "{\"id\":\"a\",\"op\":\"isWorkingDay\",\"date\":\"2024-02-18\"}",
                    "{\"id\":\"a\",\"result\":true}", DATE, CALENDAR, PROVISIONAL),
            Op.of("dayKind", "WORKING_DAY, WEEKEND, STATUTORY_HOLIDAY or MAKE_UP_WORKING_DAY",
                    "{\"op\":\"dayKind\",\"date\":\"2024-10-01\"}", "{\"line\":1,\"result\":\"STATUTORY_HOLIDAY\"}",
                    DATE, CALENDAR, PROVISIONAL),
            Op.of("addWorkingDays", "the date plus a number of working days (negative goes back)",
                    "{\"op\":\"addWorkingDays\",\"date\":\"2024-02-08\",\"days\":3}", "{\"line\":1,\"result\":\"2024-02-19\"}",
                    DATE, Op.Field.required("days", "whole number", ""), CALENDAR, PROVISIONAL),
            Op.of("nextWorkingDay", "the first working day after the date", "{\"op\":\"nextWorkingDay\",\"date\":\"2024-09-30\"}",
                    "{\"line\":1,\"result\":\"2024-10-08\"}", DATE, CALENDAR, PROVISIONAL),
            Op.of("previousWorkingDay", "the last working day before the date",
                    "{\"op\":\"previousWorkingDay\",\"date\":\"2024-10-08\"}", "{\"line\":1,\"result\":\"2024-09-30\"}",
                    DATE, CALENDAR, PROVISIONAL),
            Op.of("workingDaysBetween", "working days after 'from' up to and including 'to'",
                    "{\"op\":\"workingDaysBetween\",\"from\":\"2024-02-08\",\"to\":\"2024-02-19\"}", "{\"line\":1,\"result\":3}",
                    Op.Field.required("from", "ISO date", ""), Op.Field.required("to", "ISO date", ""), CALENDAR, PROVISIONAL),
            Op.of("due", "a complaint's due date under a deadline policy, with the explanation citing the rule",
                    "{\"id\":\"d\",\"op\":\"due\",\"policy\":\"NFRA-2020-3\",\"receivedAt\":\"2024-09-20T10:15:00+08:00\",\"tier\":\"SIMPLE\"}",
                    "{\"id\":\"d\",\"result\":\"2024-10-08\",\"policyVersion\":\"2020-03-01\",\"calendarVersion\":\"2026a\",\"explanation\":[…]}",
                    Op.Field.required("policy", "text", "NFRA-2020-3, PBOC-2020-5, INTERNAL-3-5-10, …"),
                    Op.Field.required("receivedAt", "ISO date-time+offset", "e.g. 2024-09-20T10:15:00+08:00"),
                    Op.Field.required("tier", "text", "SIMPLE, COMPLEX or VERY_COMPLEX (an extension granted at receipt)"),
                    Op.Field.optional("approver", "text", null, "who approved the extension, where the policy requires it"),
                    Op.Field.optional("noticeMethod", "text", null, "how the customer was told of the extension"),
                    Op.Field.optional("channel", "text", "HOTLINE", "the channel the complaint came through"),
                    Op.Field.optional("pauses", "array", "[]", "[{\"from\":date,\"to\":date,\"reason\":\"MEDIATION\"}], both days paused"),
                    Op.Field.optional("milestone", "text", "the policy's first", "e.g. CONTACT, PLAN or RESOLVE for INTERNAL-3-5-10"),
                    PROVISIONAL));

    @Override
    List<Op> ops() {
        return OPS;
    }

    @Override
    ObjectNode answer(Op spec, Request req) {
        JsonNode request = req.node();
        String op = spec.name();
        boolean provisional = req.bool("provisional", false);
        ObjectNode out = JSON.createObjectNode();
        if (op.equals("due")) {
            return due(req, provisional ? PROVISIONAL_ENGINE : ENGINE);
        }
        WorkingCalendar calendar = WorkingCalendars.bundled().get(CalendarId.of(req.text("calendar", "CN")));
        if (provisional) {
            calendar = calendar.withProvisionalProjection();
        }
        List<LocalDate> involved = new ArrayList<>();
        switch (op) {
            case "isWorkingDay" -> out.put("result", calendar.isWorkingDay(date(request, "date", involved)));
            case "dayKind" -> out.put("result", calendar.dayKind(date(request, "date", involved)).name());
            case "addWorkingDays" -> {
                int days = req.integer("days");
                LocalDate r = calendar.addWorkingDays(date(request, "date", involved), days);
                involved.add(r);
                out.put("result", r.toString());
            }
            case "nextWorkingDay" -> out.put("result", add(calendar.nextWorkingDay(date(request, "date", involved)), involved));
            case "previousWorkingDay" -> out.put("result", add(calendar.previousWorkingDay(date(request, "date", involved)), involved));
            case "workingDaysBetween" -> out.put("result",
                    calendar.workingDaysBetween(date(request, "from", involved), date(request, "to", involved)));
            default -> throw new IllegalStateException("op " + op + " is listed but not answered");
        }
        if (involved.stream().anyMatch(calendar::isProvisional)) {
            out.put("provisional", true);
            out.put("warning", provisionalWarning(calendar.toString(), calendar.coverageEnd()));
        }
        return out;
    }

    private static ObjectNode due(Request req, DeadlineEngine engine) {
        JsonNode request = req.node();
        DeadlinePolicy policy = engine.policies().get(req.text("policy"));
        Instant receivedAt = req.dateTime("receivedAt").toInstant();
        List<TimelineEventRecord> events = new ArrayList<>();
        events.add(new TimelineEventRecord(1, "RECEIVED", receivedAt, "cli", "", Map.of()));
        String tier = req.oneOf("tier", List.of("SIMPLE", "COMPLEX", "VERY_COMPLEX"));
        if (!tier.equals("SIMPLE")) {
            Map<String, String> details = new HashMap<>();
            details.put("tier", tier);
            if (request.hasNonNull("approver")) {
                details.put("approver", request.get("approver").asString());
            }
            if (request.hasNonNull("noticeMethod")) {
                details.put("noticeMethod", request.get("noticeMethod").asString());
            }
            events.add(new TimelineEventRecord(events.size() + 1, "EXTENDED", receivedAt, "cli", "", details));
        }
        JsonNode pauses = request.get("pauses");
        if (pauses != null && !pauses.isNull()) {
            if (!pauses.isArray()) {
                throw new IllegalArgumentException("field 'pauses' must be an array");
            }
            for (int k = 0; k < pauses.size(); k++) {
                JsonNode p = pauses.get(k);
                String f = "pauses[" + k + "]";
                LocalDate from = pauseDate(p, f, "from");
                LocalDate to = pauseDate(p, f, "to");
                events.add(new TimelineEventRecord(events.size() + 1, "PAUSED", from.atStartOfDay(policy.zone()).toInstant(),
                        "cli", f, Map.of("pauseReason", pauseReason(p, f))));
                events.add(new TimelineEventRecord(events.size() + 1, "RESUMED",
                        to.plusDays(1).atStartOfDay(policy.zone()).toInstant(), "cli", f, Map.of()));
            }
        }
        ComplaintRecord complaint = new ComplaintRecord(text(request, "id", "cli"), 1, text(request, "channel", "HOTLINE"), "cli",
                "", new ComplainantRecord("PERSON", "cli", null, "SELF", null, 1), "", "", "", Map.of(), "ORDINARY",
                "ACCEPTED", receivedAt, "", "", "", null, events, Map.of());
        DeadlineEvaluation evaluation = engine.evaluate(complaint, policy.id(), receivedAt);
        String milestone = request.hasNonNull("milestone") ? request.get("milestone").asString()
                : engine.policyFor(complaint, policy.id()).milestones().get(0).name();
        MilestoneEvaluation m = evaluation.find(milestone).orElseThrow(() -> new IllegalArgumentException(
                "policy " + evaluation.policy() + " has no milestone '" + milestone + "'"));
        ObjectNode out = JSON.createObjectNode();
        out.put("result", m.dueDate().toString());
        out.put("policyVersion", evaluation.policyVersion());
        out.put("calendarVersion", evaluation.calendarVersion());
        if (m.provisional()) {
            out.put("provisional", true);
            WorkingCalendar calendar = engine.calendarFor(engine.policyFor(complaint, policy.id()));
            out.put("warning", provisionalWarning(calendar.toString(), calendar.coverageEnd()));
        }
        ArrayNode explanation = out.putArray("explanation");
        // the last step is the status on the evaluation date, which is the receipt here: not part of the answer
        String statusStep = "on " + evaluation.asOf() + ": ";
        m.explanation().stream().filter(step -> !step.startsWith(statusStep)).forEach(explanation::add);
        return out;
    }

    private static LocalDate pauseDate(JsonNode pause, String path, String field) {
        JsonNode v = pause.get(field);
        if (v == null || v.isNull() || v.asString("").isEmpty()) {
            throw Request.missing(path + "." + field);
        }
        try {
            return LocalDate.parse(v.asString());
        } catch (DateTimeParseException e) {
            throw Request.invalid(path + "." + field, "must be an ISO date such as 2024-09-25");
        }
    }

    private static String pauseReason(JsonNode pause, String path) {
        JsonNode v = pause.get("reason");
        if (v == null || v.isNull() || v.asString("").isEmpty()) {
            throw Request.missing(path + ".reason");
        }
        return v.asString();
    }

    /** The warning every provisional answer carries. */
    static String provisionalWarning(String calendar, LocalDate coverageEnd) {
        return "PROVISIONAL: calendar " + calendar + " has data up to " + coverageEnd + "; later dates were projected"
                + " as an ordinary Monday-Friday week without holidays; load the next State Council notice with"
                + " 'calendar import-notice' and ask again";
    }

    private static String add(LocalDate d, List<LocalDate> involved) {
        involved.add(d);
        return d.toString();
    }

    private static LocalDate date(JsonNode request, String field, List<LocalDate> involved) {
        String text = required(request, field);
        try {
            LocalDate d = LocalDate.parse(text);
            involved.add(d);
            return d;
        } catch (DateTimeParseException e) {
            throw Request.invalid(field, "must be an ISO date such as 2024-02-18");
        }
    }

    private static String text(JsonNode request, String field, String fallback) {
        JsonNode v = request.get(field);
        return v == null || v.isNull() ? fallback : v.asString();
    }
}
