package io.consumerprotection.core.audit;

import io.consumerprotection.core.internal.audit.CsvText;
import java.util.Objects;

/** Writes a {@link RunRecord} as JSON (the whole record) or CSV (the summary per rule with coverage). */
public final class RunReports {

    /** The CSV summary's columns. */
    public static final String SUMMARY_HEADER = "ruleId,ruleVersion,severity,evaluated,pass,fail,notApplicable,needsReview,covered,title";

    private RunReports() {
    }

    /** The run record as one JSON object. */
    public static void writeJson(RunRecord run, Appendable out) {
        Objects.requireNonNull(run, "run");
        JsonOut j = new JsonOut(Objects.requireNonNull(out, "out"));
        j.begin();
        writeRunFields(j, run);
        j.beginArray("summaries");
        for (RuleSummary s : run.summaries()) {
            j.element().begin().field("ruleId", s.ruleId().value()).field("ruleVersion", s.ruleVersion())
                    .field("title", s.titleEn()).field("severity", s.severity().name()).field("evaluated", s.evaluated())
                    .field("pass", s.pass()).field("fail", s.fail()).field("notApplicable", s.notApplicable())
                    .field("needsReview", s.needsReview()).field("covered", s.covered()).end();
        }
        j.endArray();
        j.strings("uncoveredRules", run.uncoveredRules().stream().map(RuleId::value).toList());
        j.end();
    }

    static void writeRunFields(JsonOut j, RunRecord run) {
        j.field("runId", run.runId()).field("ruleSet", run.ruleSetId()).field("ruleSetVersion", run.ruleSetVersion())
                .strings("providers", run.providers()).field("asOf", run.asOf().toString())
                .field("startedAt", run.startedAt().toString()).field("finishedAt", run.finishedAt().toString())
                .field("cancelled", run.cancelled()).map("dataVersions", new java.util.TreeMap<>(run.dataVersions()))
                .map("inputCounts", new java.util.TreeMap<>(run.inputCounts()));
    }

    /** The summary per rule as CSV with a header line (RFC 4180). */
    public static void writeSummaryCsv(RunRecord run, Appendable out) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(out, "out");
        CsvText.record(out, SUMMARY_HEADER.split(","));
        for (RuleSummary s : run.summaries()) {
            CsvText.record(out, s.ruleId().value(), s.ruleVersion(), s.severity().name(), Long.toString(s.evaluated()),
                    Long.toString(s.pass()), Long.toString(s.fail()), Long.toString(s.notApplicable()),
                    Long.toString(s.needsReview()), Boolean.toString(s.covered()), s.titleEn());
        }
    }
}
