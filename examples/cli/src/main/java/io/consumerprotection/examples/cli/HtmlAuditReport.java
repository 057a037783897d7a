package io.consumerprotection.examples.cli;

import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.Evidence;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.FindingMessages;
import io.consumerprotection.core.audit.Rule;
import io.consumerprotection.core.audit.RuleDefinition;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.audit.RuleSummary;
import io.consumerprotection.core.audit.RunRecord;
import io.consumerprotection.examples.host.demo.CodeNames;
import io.consumerprotection.examples.host.demo.CodeNames.Language;
import java.io.IOException;
import java.io.Writer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A self-contained HTML page (no scripts, no external resources) of one audit run, for the bank's officers: Chinese
 * first (or English, or both), every code with its name, times in the bank's zone, findings by severity then rule,
 * tables that wrap to the page (and to A4 when printed).
 */
final class HtmlAuditReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z");
    private static final Pattern RECORD_TEXT = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)\\[.*\\]$", Pattern.DOTALL);

    /** Findings by severity (worst first), then rule, then subject: the order of the report. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(f -> f.ruleId().value()).thenComparing(Finding::subjectId);

    /** The Chinese labels of evidence, data versions and citations ({@code audit-labels.tsv}, core's template format). */
    static final FindingMessages LABELS = labels();
    private static final io.consumerprotection.core.audit.RuleId EVIDENCE = io.consumerprotection.core.audit.RuleId.of("CLI-EVIDENCE");
    private static final io.consumerprotection.core.audit.RuleId VERSION = io.consumerprotection.core.audit.RuleId.of("CLI-VERSION");
    private static final io.consumerprotection.core.audit.RuleId CITATION = io.consumerprotection.core.audit.RuleId.of("CLI-CITATION");

    private final Language lang;
    private final ZoneId zone;
    private final StringBuilder h = new StringBuilder(64 * 1024);

    private HtmlAuditReport(Language lang, ZoneId zone) {
        this.lang = lang;
        this.zone = zone;
    }

    static void write(RunRecord run, RuleSet rules, List<Finding> findings, long totalFindings, List<String> unreadable,
                      Language lang, ZoneId zone, Writer out) throws IOException {
        HtmlAuditReport r = new HtmlAuditReport(lang, zone);
        r.page(run, rules, findings, totalFindings, unreadable);
        out.write(r.h.toString());
    }

    private static FindingMessages labels() {
        try (java.io.InputStream in = java.util.Objects.requireNonNull(
                HtmlAuditReport.class.getResourceAsStream("audit-labels.tsv"), "audit-labels.tsv")) {
            return FindingMessages.parse(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
                    "audit-labels.tsv");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An English label in the report's language: its Chinese form from {@link #LABELS} (kind of label), codes named. */
    private String label(io.consumerprotection.core.audit.RuleId kind, String english) {
        return label(kind, english, true);
    }

    /** {@link #label(io.consumerprotection.core.audit.RuleId, String)}; a key (an evidence name) keeps its codes in English. */
    private String label(io.consumerprotection.core.audit.RuleId kind, String english, boolean nameCodes) {
        String en = nameCodes ? CodeNames.named(localTimes(english), Language.EN) : english;
        if (lang == Language.EN) {
            return en;
        }
        String zh = CodeNames.named(localTimes(LABELS.findChinese(kind, english).orElse(english)), Language.ZH);
        return lang == Language.ZH ? zh : lang.text(zh, en);
    }

    private String t(String zh, String en) {
        return lang.text(zh, en);
    }

    private String name(String code) {
        return CodeNames.name(code, lang);
    }

    private String time(Instant i) {
        return TIME.format(i.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    /** The text with every ISO instant in it shown in the report's zone. */
    private String localTimes(String text) {
        Matcher m = INSTANT.matcher(text);
        StringBuilder b = new StringBuilder(text.length());
        while (m.find()) {
            String local;
            try {
                local = time(Instant.parse(m.group()));
            } catch (DateTimeException e) {
                local = m.group();
            }
            m.appendReplacement(b, Matcher.quoteReplacement(local));
        }
        return m.appendTail(b).toString();
    }

    /** A data version as a reader sees it: a value that is a Java record's text is shown by its type only. */
    static String version(String value) {
        Matcher m = RECORD_TEXT.matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    private void page(RunRecord run, RuleSet rules, List<Finding> findings, long totalFindings, List<String> unreadable) {
        String htmlLang = this.lang == Language.EN ? "en" : "zh-CN";
        String title = t("消费者权益保护审计报告", "Consumer-protection audit report");
        h.append("<!DOCTYPE html>\n<html lang=\"").append(htmlLang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(title)).append(' ').append(esc(run.ruleSetId())).append("</title><style>")
                .append("*{box-sizing:border-box}body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif;")
                .append("margin:0 auto;padding:24px;max-width:1600px;color:#1c2833;font-size:14px;line-height:1.45}")
                .append("h1{font-size:22px}h2{font-size:17px;margin-top:28px}")
                .append("table{border-collapse:collapse;margin:8px 0;width:100%;table-layout:fixed}")
                .append("td,th{border:1px solid #ccd1d1;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere;word-break:break-word}")
                .append("th{background:#eaf0f6}table.kv{max-width:64em;table-layout:auto}table.kv th{width:45%}")
                .append(".num{text-align:right;font-variant-numeric:tabular-nums}.FAIL{background:#fde2e2}.NEEDS_REVIEW{background:#fff4d6}")
                .append(".CRITICAL,.HIGH{font-weight:bold;color:#a00}.en{color:#566573;font-size:12px}")
                .append(".note{background:#fef9e7;border-left:4px solid #d4ac0d;padding:8px 12px}")
                .append("@media (max-width:900px){table.stack thead{display:none}table.stack,table.stack tbody,table.stack tr,")
                .append("table.stack td{display:block;width:100%}table.stack tr{margin-bottom:8px;border:1px solid #ccd1d1}")
                .append("table.stack td{border:none;border-bottom:1px solid #eee}table.stack td::before{content:attr(data-label) '：';font-weight:bold}}")
                .append("@media print{@page{size:A4;margin:12mm}body{padding:0;font-size:9pt;max-width:none}h2{break-after:avoid}")
                .append("thead{display:table-header-group}tr{break-inside:avoid}td,th{padding:2px 4px}}")
                .append("</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"note\">").append(esc(t("检查基准时间 " + time(run.asOf()) + "（" + zone.getId() + "）：是否逾期按此时刻判断；"
                        + "命令行未给出 --as-of 时为运行时刻，同一批投诉越晚运行逾期越多。时间均按 " + zone.getId() + " 显示。",
                "Checked as of " + time(run.asOf()) + " (" + zone.getId() + "): lateness is judged at that instant; without"
                        + " --as-of it is the time of the run, so the same complaints give more overdue findings the later they"
                        + " are checked. Times are shown in " + zone.getId() + "."))).append("</p>\n");
        h.append("<table class=\"kv\">");
        row(t("运行编号", "Run"), run.runId());
        row(t("规则集", "Rule set"), run.ruleSetId() + " " + run.ruleSetVersion());
        row(t("检查基准时间", "As of"), time(run.asOf()));
        row(t("开始 / 结束", "Started / finished"), time(run.startedAt()) + " / " + time(run.finishedAt()));
        row(t("是否中途取消", "Cancelled"), run.cancelled() ? t("是", "yes") : t("否", "no"));
        for (Map.Entry<String, Long> e : new TreeMap<>(run.inputCounts()).entrySet()) {
            row(t("输入：", "Input: ") + name(e.getKey()), String.format(java.util.Locale.ROOT, "%,d", e.getValue()));
        }
        for (Map.Entry<String, String> e : new TreeMap<>(run.dataVersions()).entrySet()) {
            row(t("数据版本：", "Data version: ") + label(VERSION, e.getKey()), label(VERSION, version(e.getValue())));
        }
        h.append("</table>\n");

        h.append("<h2>").append(esc(t("各规则汇总（按严重程度、规则编号排序）", "Summary per rule (by severity, then rule)"))).append("</h2>\n");
        String[] heads = {t("规则", "Rule"), t("名称", "Title"), t("依据", "Legal basis"), t("严重程度", "Severity"),
            t("检查数", "Evaluated"), t("通过", "Pass"), t("不通过", "Fail"), t("不适用", "N/A"), t("需复核", "Review"), t("已覆盖", "Covered")};
        h.append("<table class=\"stack\"><colgroup><col style=\"width:11%\"><col style=\"width:25%\"><col style=\"width:20%\">")
                .append("<col style=\"width:7%\">").append("<col style=\"width:6%\">".repeat(5)).append("<col style=\"width:7%\"></colgroup>");
        header(heads);
        List<RuleSummary> summaries = new ArrayList<>(run.summaries());
        summaries.sort(Comparator.comparing(RuleSummary::severity, Comparator.reverseOrder()).thenComparing(s -> s.ruleId().value()));
        for (RuleSummary s : summaries) {
            Optional<RuleDefinition> d = definition(rules, s.ruleId().value());
            h.append("<tr>");
            cell(heads[0], s.ruleId().value() + " v" + s.ruleVersion(), "");
            cell(heads[1], d.map(x -> t(x.titleZh(), x.titleEn())).orElse(s.titleEn()), "");
            cell(heads[2], d.map(x -> label(CITATION, x.citation().toString())).orElse(""), "");
            cell(heads[3], name(s.severity().name()), s.severity().name());
            long[] n = {s.evaluated(), s.pass(), s.fail(), s.notApplicable(), s.needsReview()};
            for (int k = 0; k < n.length; k++) {
                cell(heads[4 + k], String.format(java.util.Locale.ROOT, "%,d", n[k]), "num");
            }
            cell(heads[9], s.covered() ? t("是", "yes") : t("否", "no"), "");
            h.append("</tr>\n");
        }
        h.append("</table>\n");

        if (!unreadable.isEmpty()) {
            h.append("<h2>").append(esc(t("无法读取的输入行", "Unreadable input lines"))).append(" (").append(unreadable.size())
                    .append(")</h2>\n<ul>");
            unreadable.forEach(u -> h.append("<li>").append(esc(u)).append("</li>"));
            h.append("</ul>\n");
        }

        h.append("<h2>").append(esc(t("检查发现（按严重程度、规则编号排序）", "Findings (by severity, then rule)"))).append("</h2>\n");
        if (totalFindings > findings.size()) {
            h.append("<p>").append(esc(t("共 " + totalFindings + " 条，列出最严重的 " + findings.size() + " 条；全部发现请用 --format jsonl、csv 或 sarif。",
                    "Showing the " + findings.size() + " most severe of " + totalFindings + " findings; use --format jsonl, csv or sarif for all.")))
                    .append("</p>\n");
        }
        String[] fh = {t("规则", "Rule"), t("对象", "Subject"), t("结论", "Outcome"), t("严重程度", "Severity"),
            t("说明", "Message"), t("证据", "Evidence")};
        h.append("<table class=\"stack\"><colgroup><col style=\"width:17%\"><col style=\"width:13%\"><col style=\"width:8%\">")
                .append("<col style=\"width:7%\"><col style=\"width:33%\"><col style=\"width:22%\"></colgroup>");
        header(fh);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        for (Finding f : sorted) {
            Optional<RuleDefinition> d = definition(rules, f.ruleId().value());
            h.append("<tr class=\"").append(f.kind().name()).append("\">");
            h.append("<td data-label=\"").append(esc(fh[0])).append("\">").append(esc(f.ruleId().value()));
            d.ifPresent(x -> h.append("<br>").append(esc(t(x.titleZh(), x.titleEn()))));
            h.append("</td>");
            cell(fh[1], name(f.subjectKind()) + " " + f.subjectId(), "");
            cell(fh[2], name(f.kind().name()), "");
            cell(fh[3], name(f.severity().name()), f.severity().name());
            message(fh[4], f);
            h.append("<td data-label=\"").append(esc(fh[5])).append("\">")
                    .append(f.evidence().stream().map(this::evidence).collect(Collectors.joining("<br>"))).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</table>\n</body></html>\n");
    }

    /**
     * The message cell: the Chinese form (core's {@link FindingMessages}) in Chinese, the rule's English in English, both
     * in both; a message no template knows is shown in English, marked as such.
     */
    private void message(String label, Finding f) {
        String en = CodeNames.named(localTimes(f.message()), Language.EN);
        Optional<String> zh = FindingMessages.builtIn().findChinese(f).map(x -> CodeNames.named(localTimes(x), Language.ZH));
        h.append("<td data-label=\"").append(esc(label)).append("\">");
        switch (lang) {
            case EN -> h.append(esc(en));
            case ZH -> h.append(zh.map(HtmlAuditReport::esc).orElse("<span class=\"en\">（英文）" + esc(en) + "</span>"));
            case BOTH -> {
                zh.ifPresent(x -> h.append(esc(x)).append("<br>"));
                h.append("<span class=\"en\">").append(esc(en)).append("</span>");
            }
        }
        h.append("</td>");
    }

    private static Optional<RuleDefinition> definition(RuleSet rules, String id) {
        if (id.equals(AuditRun.UNREADABLE.id().value())) {
            return Optional.of(AuditRun.UNREADABLE);
        }
        return rules.find(io.consumerprotection.core.audit.RuleId.of(id)).map(Rule::definition);
    }

    private String evidence(Evidence e) {
        return esc(label(EVIDENCE, e.name(), false)) + (lang == Language.EN ? " = " : "：") + esc(label(EVIDENCE, e.value()));
    }

    private void header(String[] heads) {
        h.append("<thead><tr>");
        for (String x : heads) {
            h.append("<th>").append(esc(x)).append("</th>");
        }
        h.append("</tr></thead>\n");
    }

    private void cell(String label, String text, String cls) {
        h.append("<td data-label=\"").append(esc(label)).append('"');
        if (!cls.isEmpty()) {
            h.append(" class=\"").append(cls).append('"');
        }
        h.append('>').append(esc(text)).append("</td>");
    }

    private void row(String k, String v) {
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
