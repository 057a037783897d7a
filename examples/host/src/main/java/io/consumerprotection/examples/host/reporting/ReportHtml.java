package io.consumerprotection.examples.host.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report as one self-contained HTML page: Chinese first (English beside it), inline CSS and SVG bar charts,
 * no external resource; numbers as {@link ReportSheet} holds them, so that they match the XLSX and JSON.
 */
public final class ReportHtml {

    private ReportHtml() {
    }

    /** The page of a sheet. */
    public static String render(ReportSheet sheet) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(escape(sheet.titleZh()))
                .append("</title><style>body{font-family:\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;"
                        + "margin:2em;color:#1c2833}h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:2px solid #1f5fa8}"
                        + "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}th,td{border:1px solid #c8d1da;"
                        + "padding:.25em .5em;vertical-align:top}th{background:#eaf0f6}td.n{text-align:right;"
                        + "font-variant-numeric:tabular-nums}.en{color:#5d6d7e;font-size:.85em}svg text{font-size:11px}"
                        + "@media print{body{margin:0}}</style></head><body>");
        boolean en = sheet.language().english();
        h.append("<h1>").append(escape(sheet.titleZh()));
        if (en) {
            h.append(" <span class=\"en\">").append(escape(sheet.titleEn())).append("</span>");
        }
        h.append("</h1><table>");
        for (Map.Entry<String, String> e : sheet.header().entrySet()) {
            h.append("<tr><th>").append(escape(e.getKey())).append("</th><td>").append(escape(e.getValue())).append("</td></tr>");
        }
        h.append("</table>");
        for (ReportSheet.Table t : sheet.tables()) {
            h.append("<section id=\"").append(t.key()).append("\"><h2>").append(escape(t.titleZh()));
            if (en) {
                h.append(" <span class=\"en\">").append(escape(t.titleEn())).append("</span>");
            }
            h.append("</h2>");
            if (t.rows().isEmpty()) {
                h.append(en ? "<p>无 <span class=\"en\">none</span></p></section>" : "<p>无</p></section>");
                continue;
            }
            if (t.chart() >= 0) {
                h.append(chart(t));
            }
            h.append("<table><thead><tr>");
            t.headers().forEach(x -> h.append("<th>").append(escape(x)).append("</th>"));
            h.append("</tr></thead><tbody>");
            for (List<Object> r : t.rows()) {
                h.append("<tr>");
                for (Object c : r) {
                    boolean number = c instanceof Long || c instanceof BigDecimal;
                    h.append(number ? "<td class=\"n\">" : "<td>").append(escape(text(c))).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table></section>");
        }
        return h.append("</body></html>").toString();
    }

    /** The text of a cell as the page shows it ({@code -} for no value). */
    public static String text(Object cell) {
        if (cell == null) {
            return "-";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return cell.toString();
    }

    private static String chart(ReportSheet.Table t) {
        int n = Math.min(t.rows().size(), 15);
        double max = 1;
        for (int i = 0; i < n; i++) {
            Object v = t.rows().get(i).get(t.chart());
            max = Math.max(max, v instanceof Long l ? l : v instanceof BigDecimal d ? d.doubleValue() : 0);
        }
        int rowH = 18;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 640 %d\" width=\"640\" role=\"img\" aria-label=\"%s\">",
                n * rowH + 4, escape(t.titleZh())));
        for (int i = 0; i < n; i++) {
            List<Object> r = t.rows().get(i);
            Object v = r.get(t.chart());
            double value = v instanceof Long l ? l : v instanceof BigDecimal d ? d.doubleValue() : 0;
            String label = text(r.size() > 1 && t.chart() > 1 ? r.get(1) : r.get(0));
            int w = (int) Math.round(380 * value / max);
            int y = i * rowH + 2;
            s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text><rect x=\"200\" y=\"%d\" width=\"%d\" "
                            + "height=\"%d\" fill=\"#1f5fa8\"/><text x=\"%d\" y=\"%d\">%s</text>", y + 13,
                    escape(label.length() > 16 ? label.substring(0, 16) + "…" : label), y, w, rowH - 5, 205 + w, y + 13,
                    escape(text(v))));
        }
        return s.append("</svg>").toString();
    }

    private static String escape(String s) {
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
