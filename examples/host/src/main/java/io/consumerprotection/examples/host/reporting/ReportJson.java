package io.consumerprotection.examples.host.reporting;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report as one JSON document (Jackson): {@code title}, {@code header} and {@code tables}, each table an
 * object with its titles, headers and rows (arrays of strings, whole numbers, decimals or {@code null}).
 */
public final class ReportJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportJson() {
    }

    /** The document of a sheet. */
    public static ObjectNode of(ReportSheet sheet) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("language", sheet.language().toString());
        doc.put("titleZh", sheet.titleZh());
        if (sheet.language().english()) {
            doc.put("titleEn", sheet.titleEn());
        }
        ObjectNode header = doc.putObject("header");
        sheet.header().forEach(header::put);
        ObjectNode tables = doc.putObject("tables");
        for (ReportSheet.Table t : sheet.tables()) {
            ObjectNode o = tables.putObject(t.key());
            o.put("titleZh", t.titleZh());
            if (sheet.language().english()) {
                o.put("titleEn", t.titleEn());
            }
            ArrayNode h = o.putArray("headers");
            t.headers().forEach(h::add);
            ArrayNode rows = o.putArray("rows");
            for (List<Object> r : t.rows()) {
                ArrayNode row = rows.addArray();
                for (Object c : r) {
                    if (c == null) {
                        row.addNull();
                    } else if (c instanceof Long l) {
                        row.add(l);
                    } else if (c instanceof BigDecimal d) {
                        row.add(d);
                    } else {
                        row.add(c.toString());
                    }
                }
            }
        }
        return doc;
    }

    /** The document as text, indented. */
    public static String write(ReportSheet sheet) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(of(sheet));
    }
}
