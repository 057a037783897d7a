package io.consumerprotection.examples.host.demo;

import io.consumerprotection.examples.host.demo.CodeNames.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link Report} as one self-contained HTML page: inline CSS and SVG charts, no external resource. The
 * page is Chinese first (English or both on request), shows codes by their names ({@link CodeNames}) and instants
 * in the bank's zone, and its tables wrap to the page and to A4 when printed.
 */
final class HtmlReport {

    private static final String[] PALETTE = {"#1f5fa8", "#2e8b57", "#c0392b", "#d68910", "#6c3483", "#117a65"};
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final Map<String, String> PHRASES = phrases();
    private static final List<String> LONGEST_FIRST = PHRASES.keySet().stream().filter(k -> k.length() >= 5)
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private final Language lang;
    private final ZoneId zone;

    private Map<String, String> chinese = Map.of();

    private HtmlReport(Language lang, ZoneId zone) {
        this.lang = lang;
        this.zone = zone;
    }

    private static Map<String, String> phrases() {
        Map<String, String> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                HtmlReport.class.getResourceAsStream("report-phrases.tsv"), "report-phrases.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    m.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The page in Chinese, times in Asia/Shanghai. */
    static String render(Report report) {
        return render(report, Language.ZH, ZoneId.of("Asia/Shanghai"));
    }

    /** The page in a language, times in a zone. */
    static String render(Report report, Language lang, ZoneId zone) {
        HtmlReport page = new HtmlReport(lang, zone);
        page.chinese = report.chinese;
        return page.page(report);
    }

    /** A label in the page's language: translated whole, or phrase by phrase; codes named; instants in the zone. */
    String text(String english) {
        String local = localTimes(english);
        String zh = chinese.containsKey(english) ? localTimes(chinese.get(english)) : PHRASES.get(local);
        if (zh == null) {
            zh = local;
            for (String phrase : LONGEST_FIRST) {
                if (zh.contains(phrase)) {
                    zh = zh.replaceAll("(?<![A-Za-z0-9._-])" + Pattern.quote(phrase) + "(?![A-Za-z0-9._-])", Matcher.quoteReplacement(PHRASES.get(phrase)));
                }
            }
        }
        String en = CodeNames.named(local, Language.EN);
        zh = CodeNames.named(zh, Language.ZH);
        return lang.text(zh, en);
    }

    private String localTimes(String s) {
        Matcher m = INSTANT.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(TIME.format(Instant.parse(m.group()).truncatedTo(ChronoUnit.SECONDS)
                    .atZone(zone)) + (lang == Language.EN ? " " + zone.getId() : "")));
        }
        return m.appendTail(b).toString();
    }

    private String page(Report report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Language.EN ? "en" : "zh-CN").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"cp-build\" content=\"").append(BuildStamp.current()).append("\">")
                .append("<title>").append(escape(text(report.title))).append("</title><style>")
                .append("*{box-sizing:border-box}")
                .append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',system-ui,sans-serif;margin:0;background:#f4f6f9;color:#1c2833}")
                .append("header{background:#1f3a5f;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}")
                .append("header p{margin:4px 0 0;opacity:.8;font-size:13px}")
                .append("main{padding:20px 32px;display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:20px}")
                .append(".card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:16px 20px;min-width:0}")
                .append(".card.wide{grid-column:1/-1}.card h2{font-size:16px;margin:0 0 12px}.kpis{display:flex;flex-wrap:wrap;gap:12px;grid-column:1/-1}")
                .append(".kpi{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:12px 18px;min-width:150px;max-width:100%}")
                .append(".kpi b{display:block;font-size:22px;color:#1f3a5f;overflow-wrap:anywhere}.kpi span{font-size:12px;color:#5d6d7e}")
                .append(".note{grid-column:1/-1;background:#fef9e7;border-left:4px solid #d4ac0d;padding:8px 14px;font-size:13px}")
                .append("table{border-collapse:collapse;width:100%;font-size:13px;table-layout:fixed}")
                .append("th,td{text-align:left;padding:5px 6px;border-bottom:1px solid #e5e8e8;overflow-wrap:anywhere;word-break:break-word;vertical-align:top}")
                .append("th{background:#eaf0f6}td.n{text-align:right;font-variant-numeric:tabular-nums}svg{max-width:100%;height:auto}svg text{font-size:11px;fill:#1c2833}")
                .append("footer{padding:10px 32px 24px;font-size:12px;color:#5d6d7e}")
                .append("@media print{@page{size:A4;margin:12mm}body{background:#fff}header{background:none;color:#000;padding:0 0 8px}")
                .append("main{display:block;padding:0}.card,.kpi{box-shadow:none;border:1px solid #ccc;break-inside:avoid;margin:0 0 10px}")
                .append(".kpis{margin-bottom:10px}table{font-size:9pt}thead{display:table-header-group}tr{break-inside:avoid}}")
                .append("</style></head><body>");
        h.append("<header><h1>").append(escape(text(report.title))).append("</h1><p>")
                .append(escape(text("consumer-protection SDK demo report · generated offline, no external resources")))
                .append(escape(lang.text(" · 时间均为 " + zone.getId(), " · times in " + zone.getId()))).append("</p></header><main>");
        h.append("<section class=\"kpis\">");
        for (Map.Entry<String, String> e : report.headline.entrySet()) {
            h.append("<div class=\"kpi\"><b>").append(escape(text(e.getValue()))).append("</b><span>")
                    .append(escape(text(e.getKey()))).append("</span></div>");
        }
        h.append("</section>");
        for (String note : report.notes) {
            h.append("<section class=\"note\">").append(escape(text(note))).append("</section>");
        }
        int color = 0;
        for (Report.Chart chart : report.charts) {
            List<Report.Bar> bars = new ArrayList<>();
            chart.bars().forEach(b -> bars.add(new Report.Bar(text(b.label()), b.value())));
            Report.Chart local = new Report.Chart(text(chart.title()), chart.unit(), bars);
            h.append("<section class=\"card\"><h2>").append(escape(local.title())).append("</h2>")
                    .append(bars(local, PALETTE[color++ % PALETTE.length])).append("</section>");
        }
        for (Report.Table table : report.tables) {
            h.append("<section class=\"card").append(table.headers().size() > 5 ? " wide" : "").append("\"><h2>")
                    .append(escape(text(table.title()))).append("</h2><table>").append(columns(table)).append("<thead><tr>");
            table.headers().forEach(x -> h.append("<th>").append(escape(text(x))).append("</th>"));
            h.append("</tr></thead><tbody>");
            for (var row : table.rows()) {
                h.append("<tr>");
                for (String cell : row) {
                    boolean numeric = cell.matches("[-+]?[0-9][0-9,.]*%?");
                    h.append(numeric ? "<td class=\"n\">" : "<td>").append(escape(text(cell))).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table></section>");
        }
        h.append("</main><footer>").append(escape(lang.text(
                "监管数据：金融监管总局令 2020 年第 3 号、中国人民银行令 2020 年第 5 号、JR/T 0169-2018 结构、JR/T 0171-2020；"
                        + "CN 日历取自国务院办公厅节假日安排通知。合成数据：不含任何真实客户。",
                "Regulatory data: NFRA Order 2020 No. 3, PBoC Order 2020 No. 5, JR/T 0169-2018 structure, JR/T 0171-2020; "
                        + "calendar CN from the State Council notices. Synthetic data: no real customer.")))
                .append("</footer></body></html>\n");
        return h.toString();
    }

    /**
     * The column widths of a table, in proportion to the longest text of each column (a CJK character counting
     * twice), between 4 and 48 characters, so that a message column gets the room and a number column does not.
     */
    private String columns(Report.Table table) {
        int n = table.headers().size();
        double[] w = new double[n];
        for (int c = 0; c < n; c++) {
            w[c] = Math.max(4, Math.min(48, width(text(table.headers().get(c))) / 7.0));
        }
        for (var row : table.rows()) {
            for (int c = 0; c < Math.min(n, row.size()); c++) {
                w[c] = Math.max(w[c], Math.min(48, width(text(row.get(c))) / 7.0));
            }
        }
        double sum = java.util.Arrays.stream(w).sum();
        StringBuilder b = new StringBuilder("<colgroup>");
        for (double x : w) {
            b.append(String.format(Locale.ROOT, "<col style=\"width:%.1f%%\">", 100 * x / sum));
        }
        return b.append("</colgroup>").toString();
    }

    /** A horizontal bar chart as inline SVG. */
    private static String bars(Report.Chart chart, String color) {
        int rowHeight = 22;
        int longest = chart.bars().stream().mapToInt(b -> width(b.label())).max().orElse(60);
        int labelWidth = Math.min(Math.max(longest, 60), 420) + 10;
        int width = 640 + Math.max(0, labelWidth - 170);
        int height = chart.bars().size() * rowHeight + 10;
        double max = chart.bars().stream().mapToDouble(Report.Bar::value).max().orElse(1);
        max = max <= 0 ? 1 : max;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"%s\">",
                width, height, escape(chart.title())));
        int y = 4;
        for (Report.Bar bar : chart.bars()) {
            double w = (width - labelWidth - 80) * bar.value() / max;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelWidth - 6,
                    y + 14, escape(shortened(bar.label(), 420))));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"%s\"/>",
                    labelWidth, y + 2, Math.max(w, 1), rowHeight - 6, color));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", labelWidth + w + 6, y + 14,
                    escape(format(bar.value()) + chart.unit())));
            y += rowHeight;
        }
        return s.append("</svg>").toString();
    }

    /** An estimate of a label's width in pixels at 11px: CJK characters are about twice as wide as Latin ones. */
    private static int width(String label) {
        return label.codePoints().map(c -> c < 0x2E80 ? 7 : 11).sum();
    }

    private static String shortened(String label, int maxWidth) {
        if (width(label) <= maxWidth) {
            return label;
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            w += c < 0x2E80 ? 7 : 11;
            if (w > maxWidth - 10) {
                break;
            }
            b.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return b.append('…').toString();
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
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
