package io.consumerprotection.examples.cli;

import io.consumerprotection.core.audit.Evidence;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.Rule;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.audit.RuleSummary;
import io.consumerprotection.core.audit.RunRecord;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A self-contained HTML page (no scripts, no external resources) of one audit run: run record, summary per rule, findings. */
final class HtmlAuditReport {

    private HtmlAuditReport() {
    }

    static void write(RunRecord run, RuleSet rules, List<Finding> findings, long totalFindings, List<String> unreadable, Writer out)
            throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>消保审计 Audit ")
                .append(esc(run.ruleSetId())).append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eee}")
                .append(".FAIL{background:#fde2e2}.NEEDS_REVIEW{background:#fff4d6}.num{text-align:right}")
                .append(".CRITICAL,.HIGH{font-weight:bold;color:#a00}</style></head><body>\n");
        h.append("<h1>消费者权益保护审计报告 / Consumer-protection audit</h1>\n<table>");
        row(h, "Run", run.runId());
        row(h, "Rule set", run.ruleSetId() + " " + run.ruleSetVersion());
        row(h, "As of", run.asOf().toString());
        row(h, "Started / finished", run.startedAt() + " / " + run.finishedAt());
        row(h, "Cancelled", Boolean.toString(run.cancelled()));
        row(h, "Inputs", new TreeMap<>(run.inputCounts()).toString());
        for (Map.Entry<String, String> e : new TreeMap<>(run.dataVersions()).entrySet()) {
            row(h, e.getKey(), e.getValue());
        }
        h.append("</table>\n<h2>Summary per rule</h2>\n<table><tr><th>Rule</th><th>Title</th><th>Legal basis</th>")
                .append("<th>Severity</th><th>Evaluated</th><th>Pass</th><th>Fail</th><th>N/A</th><th>Review</th><th>Covered</th></tr>\n");
        for (RuleSummary s : run.summaries()) {
            Rule<?> r = rules.find(s.ruleId()).orElse(null);
            h.append("<tr><td>").append(esc(s.ruleId().value())).append(" v").append(esc(s.ruleVersion())).append("</td><td>")
                    .append(r == null ? "" : esc(r.definition().titleZh()) + "<br>").append(esc(s.titleEn())).append("</td><td>")
                    .append(r == null ? "" : esc(r.definition().citation().toString())).append("</td><td class=\"")
                    .append(s.severity()).append("\">").append(s.severity()).append("</td>");
            for (long n : new long[] {s.evaluated(), s.pass(), s.fail(), s.notApplicable(), s.needsReview()}) {
                h.append("<td class=\"num\">").append(n).append("</td>");
            }
            h.append("<td>").append(s.covered() ? "yes" : "no").append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!unreadable.isEmpty()) {
            h.append("<h2>无法读取的输入行 / Unreadable input lines (").append(unreadable.size()).append(")</h2>\n<ul>");
            unreadable.forEach(u -> h.append("<li>").append(esc(u)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append("<h2>Findings</h2>\n");
        if (totalFindings > findings.size()) {
            h.append("<p>Showing the first ").append(findings.size()).append(" of ").append(totalFindings)
                    .append(" findings; use --format jsonl, csv or sarif for all of them.</p>\n");
        }
        h.append("<table><tr><th>Rule</th><th>Subject</th><th>Kind</th><th>Severity</th><th>Message</th><th>Evidence</th></tr>\n");
        for (Finding f : findings) {
            h.append("<tr class=\"").append(f.kind()).append("\"><td>").append(esc(f.ruleId().value())).append("</td><td>")
                    .append(esc(f.subjectKind())).append(' ').append(esc(f.subjectId())).append("</td><td>").append(f.kind())
                    .append("</td><td class=\"").append(f.severity()).append("\">").append(f.severity()).append("</td><td>")
                    .append(esc(f.message())).append("</td><td>")
                    .append(f.evidence().stream().map(HtmlAuditReport::evidence).collect(Collectors.joining("<br>")))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        out.write(h.toString());
    }

    private static String evidence(Evidence e) {
        return esc(e.name()) + " = " + esc(e.value());
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
