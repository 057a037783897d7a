package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.DeadlineEvaluator;
import io.consumerprotection.core.audit.FindingKind;
import io.consumerprotection.core.audit.JsonLinesFindings;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.audit.RuleSummary;
import io.consumerprotection.core.audit.RunRecord;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit over the benchmark pool, written once against the SDK's public API and run twice by
 * {@link PreviousReleaseFindingsTest}: here (the current release) and in a class loader whose SDK classes come from
 * an earlier release's jars (this class and {@link AuditComplaints} are then linked against that release). Only JDK
 * types cross between the two: configurations in, text lines out.
 *
 * <p>The input: {@link AuditComplaints#pool} (made by each release's own lifecycle), plus repeat complaints (the
 * same complainant and business category 1 to 31 days later, so that the repeat window links them) and broken records
 * (malformed id, unknown event type and status, missing classification, events out of order, no events), sorted by
 * receipt.
 */
public final class FindingsHarness {

    /** As of a day inside the calendar data (the benchmarks' reference time). */
    public static final String INSIDE_DATA = AuditComplaints.AS_OF.toString();
    /** As of a day after the calendar data (CN 2026a covers dates to 2026-10-10). */
    public static final String AFTER_DATA = "2026-11-16T04:00:00Z";

    private final ComplaintRecord[] input;

    /** Makes the input: {@code poolSize} records of the lifecycle plus repeat and broken records. */
    public FindingsHarness(int poolSize) {
        ComplaintRecord[] pool = AuditComplaints.pool(poolSize);
        List<ComplaintRecord> all = new ArrayList<>(Arrays.asList(pool));
        for (int i = 0; i < pool.length; i += 3) {
            all.add(repeatOf(pool[i], i));
        }
        for (int i = 0; i < pool.length; i += 61) {
            all.add(broken(pool[i], i));
        }
        all.sort(Comparator.comparing(ComplaintRecord::receivedAt).thenComparing(ComplaintRecord::id));
        input = all.toArray(ComplaintRecord[]::new);
    }

    /** How many records the input holds. */
    public int size() {
        return input.length;
    }

    /** Every component of every input record, one line each (test data only: no personal data is real). */
    public List<String> inputDump() {
        List<String> out = new ArrayList<>(input.length);
        for (ComplaintRecord r : input) {
            ComplainantRecord c = r.complainant();
            StringBuilder sb = new StringBuilder(512).append(r.id()).append('|').append(r.version()).append('|')
                    .append(r.channel()).append('|').append(r.channelReference()).append('|').append(r.source()).append('|')
                    .append(c.kind()).append(',').append(c.reference()).append(',').append(c.name()).append(',')
                    .append(c.representation()).append(',').append(c.representativeReference()).append(',')
                    .append(c.jointComplainants()).append('|').append(r.respondent()).append('|').append(r.request())
                    .append('|').append(r.narrative()).append('|').append(new TreeMap<>(r.classification())).append('|')
                    .append(r.level()).append('|').append(r.status()).append('|').append(r.receivedAt()).append('|')
                    .append(r.receivingUnit()).append('|').append(r.firstContactHandler()).append('|')
                    .append(r.currentHandler()).append('|').append(r.relatedComplaintId()).append('|')
                    .append(new TreeMap<>(r.dueDates()));
            for (TimelineEventRecord e : r.timeline()) {
                sb.append("|#").append(e.sequence()).append(',').append(e.type()).append(',').append(e.at()).append(',')
                        .append(e.actor()).append(',').append(e.reason()).append(',').append(new TreeMap<>(e.details()));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * One audit run of the 20 complaint rules over the input, every kind of finding emitted: the findings as JSON
     * lines in the order handed over, then the run record's counts, inputs and data versions.
     *
     * @param deadlines {@code engine} (every due date recomputed, provisional calendar allowed), {@code recorded}
     *                  (recorded dates of ended milestones trusted), {@code strict} (the bundled engine, no
     *                  provisional calendar) or {@code stored} (the stored due dates)
     */
    public List<String> run(String deadlines, int threads, int batchSize, String asOf) {
        RuleSet rules = BuiltInRules.complaints().toBuilder("complaint-rules", BuiltInRules.VERSION).build();
        DeadlineEngine provisional = DeadlineEngine.builder().allowProvisional(true).build();
        DeadlineEvaluator evaluator = switch (deadlines) {
            case "engine" -> DeadlineEvaluator.engine(provisional, PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10);
            case "recorded" -> DeadlineEvaluator.recorded(provisional, PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10);
            case "strict" -> DeadlineEvaluator.engine(DeadlineEngine.bundled(), PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10);
            case "stored" -> DeadlineEvaluator.stored();
            default -> throw new IllegalArgumentException("deadlines: " + deadlines);
        };
        AuditContext context = AuditContext.builder(Instant.parse(asOf)).deadlines(evaluator).build();
        List<String> out = new ArrayList<>();
        RunRecord run = AuditRun.builder(rules, context).complaints(() -> Arrays.stream(input)).parallelism(threads)
                .batchSize(batchSize).emit(EnumSet.allOf(FindingKind.class)).runId("guard")
                .build().execute(f -> out.add(JsonLinesFindings.toJson(f)));
        for (RuleSummary s : run.summaries()) {
            out.add("summary " + s.ruleId().value() + " " + s.ruleVersion() + " " + s.severity() + " evaluated="
                    + s.evaluated() + " pass=" + s.pass() + " fail=" + s.fail() + " na=" + s.notApplicable() + " review="
                    + s.needsReview());
        }
        out.add("inputs " + new TreeMap<>(run.inputCounts()));
        out.add("dataVersions " + new TreeMap<>(run.dataVersions()));
        out.add("ruleSet " + run.ruleSetId() + " " + run.ruleSetVersion() + " " + run.providers() + " cancelled="
                + run.cancelled());
        return out;
    }

    /**
     * The same complainant and matter 1 to 31 days later (while the first is open or after it ended), through
     * another channel reference.
     */
    private static ComplaintRecord repeatOf(ComplaintRecord r, int i) {
        Duration later = Duration.ofDays(1 + (i % 7) * 5L).plusMinutes(i % 97);
        List<TimelineEventRecord> timeline = new ArrayList<>();
        for (TimelineEventRecord e : r.timeline()) {
            timeline.add(new TimelineEventRecord(e.sequence(), e.type(), e.at().plus(later), e.actor(), e.reason(), e.details()));
        }
        return new ComplaintRecord(String.format("CP-R%06d", i), r.version(), r.channel(), "REPEAT-" + i, r.source(),
                r.complainant(), r.respondent(), r.request(), r.narrative(), r.classification(), r.level(), r.status(),
                r.receivedAt().plus(later), r.receivingUnit(), r.firstContactHandler(), r.currentHandler(),
                r.relatedComplaintId(), timeline, i % 2 == 0 ? r.dueDates() : Map.of());
    }

    /** A record no release may read as it is, one flaw per record, in turn. */
    private static ComplaintRecord broken(ComplaintRecord r, int i) {
        String id = String.format("CP-B%06d", i);
        String status = r.status();
        Map<String, String> classification = r.classification();
        List<TimelineEventRecord> timeline = new ArrayList<>(r.timeline());
        String channel = r.channel();
        String level = r.level();
        switch ((i / 61) % 8) {
            case 0 -> id = "bad id " + i;
            case 1 -> timeline.add(new TimelineEventRecord(timeline.size() + 1, "TELEPORTED", r.receivedAt().plusSeconds(60),
                    "EMP-X", "", Map.of()));
            case 2 -> status = "NOPE";
            case 3 -> classification = new HashMap<>();
            case 4 -> {
                if (timeline.size() > 2) {
                    TimelineEventRecord a = timeline.get(1);
                    TimelineEventRecord b = timeline.get(2);
                    timeline.set(1, new TimelineEventRecord(a.sequence(), a.type(), b.at().plusSeconds(3600), a.actor(),
                            a.reason(), a.details()));
                }
            }
            case 5 -> timeline.clear();
            case 6 -> channel = "CARRIER_PIGEON";
            default -> level = "LEVEL-99";
        }
        return new ComplaintRecord(id, r.version(), channel, "BROKEN-" + i, r.source(), r.complainant(), r.respondent(),
                r.request(), r.narrative(), classification, level, status, r.receivedAt().plusSeconds(1), r.receivingUnit(),
                r.firstContactHandler(), r.currentHandler(), r.relatedComplaintId(), timeline, r.dueDates());
    }
}
