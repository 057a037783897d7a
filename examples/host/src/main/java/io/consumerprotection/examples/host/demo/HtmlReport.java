package io.consumerprotection.examples.host.demo;

import java.util.Locale;
import java.util.Map;

/** Renders a {@link Report} as one self-contained HTML page: inline CSS and SVG charts, no external resource. */
final class HtmlReport {

    private static final String[] PALETTE = {"#1f5fa8", "#2e8b57", "#c0392b", "#d68910", "#6c3483", "#117a65"};

    private HtmlReport() {
    }

    static String render(Report report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(report.title)).append("</title><style>")
                .append("body{font-family:system-ui,-apple-system,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:0;background:#f4f6f9;color:#1c2833}")
                .append("header{background:#1f3a5f;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}")
                .append("header p{margin:4px 0 0;opacity:.8;font-size:13px}main{padding:20px 32px;display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:20px}")
                .append(".card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:16px 20px;overflow-x:auto}")
                .append(".card h2{font-size:16px;margin:0 0 12px}.kpis{display:flex;flex-wrap:wrap;gap:12px;grid-column:1/-1}")
                .append(".kpi{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:12px 18px;min-width:150px}")
                .append(".kpi b{display:block;font-size:22px;color:#1f3a5f}.kpi span{font-size:12px;color:#5d6d7e}")
                .append("table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e5e8e8;white-space:nowrap}")
                .append("th{background:#eaf0f6}td.n{text-align:right;font-variant-numeric:tabular-nums}svg text{font-size:11px;fill:#1c2833}")
                .append("footer{padding:10px 32px 24px;font-size:12px;color:#5d6d7e}</style></head><body>");
        h.append("<header><h1>").append(escape(report.title)).append("</h1><p>consumer-protection SDK demo report · generated offline, no external resources</p></header><main>");
        h.append("<section class=\"kpis\">");
        for (Map.Entry<String, String> e : report.headline.entrySet()) {
            h.append("<div class=\"kpi\"><b>").append(escape(e.getValue())).append("</b><span>")
                    .append(escape(e.getKey())).append("</span></div>");
        }
        h.append("</section>");
        int color = 0;
        for (Report.Chart chart : report.charts) {
            h.append("<section class=\"card\"><h2>").append(escape(chart.title())).append("</h2>")
                    .append(bars(chart, PALETTE[color++ % PALETTE.length])).append("</section>");
        }
        for (Report.Table table : report.tables) {
            h.append("<section class=\"card\"><h2>").append(escape(table.title())).append("</h2><table><thead><tr>");
            table.headers().forEach(x -> h.append("<th>").append(escape(x)).append("</th>"));
            h.append("</tr></thead><tbody>");
            for (var row : table.rows()) {
                h.append("<tr>");
                for (String cell : row) {
                    boolean numeric = cell.matches("[-+]?[0-9][0-9,.]*%?");
                    h.append(numeric ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table></section>");
        }
        h.append("</main><footer>Regulatory data: NFRA Order 2020 No. 3, PBoC Order 2020 No. 5, JR/T 0169-2018 structure, ")
                .append("JR/T 0171-2020; calendar CN from the State Council notices. Synthetic data: no real customer.</footer></body></html>\n");
        return h.toString();
    }

    /** A horizontal bar chart as inline SVG. */
    private static String bars(Report.Chart chart, String color) {
        int rowHeight = 22;
        int longest = chart.bars().stream().mapToInt(b -> width(b.label())).max().orElse(60);
        int labelWidth = Math.min(Math.max(longest, 60), 300) + 10;
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
                    y + 14, escape(shortened(bar.label(), 300))));
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
