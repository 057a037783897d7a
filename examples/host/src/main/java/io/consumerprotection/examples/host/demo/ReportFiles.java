package io.consumerprotection.examples.host.demo;

import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link Report} as {@code report.html} (self-contained) and {@code report.json} (the same data). */
final class ReportFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportFiles() {
    }

    static void write(Report report, Path directory, CodeNames.Language language, java.time.ZoneId zone) {
        CompleteFiles.writeString(directory.resolve("report.html"), HtmlReport.render(report, language, zone));
        CompleteFiles.writeString(directory.resolve("report.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(report)));
    }

    /**
     * Writes every stored complaint as one JSON line (the spi record's field names), for the command-line tool.
     * The file appears only once every line is written (see {@link CompleteFiles}).
     */
    static long writeComplaints(java.util.stream.Stream<io.consumerprotection.spi.complaint.ComplaintRecord> records,
                                Path file) {
        long[] n = {0};
        CompleteFiles.write(file, writer -> {
            for (var it = records.iterator(); it.hasNext(); ) {
                writer.write(JSON.writeValueAsString(it.next()));
                writer.write('\n');
                n[0]++;
            }
        });
        return n[0];
    }

    static ObjectNode json(Report report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", report.title);
        ObjectNode headline = root.putObject("headline");
        report.headline.forEach(headline::put);
        ArrayNode charts = root.putArray("charts");
        for (Report.Chart c : report.charts) {
            ObjectNode chart = charts.addObject();
            chart.put("title", c.title());
            chart.put("unit", c.unit());
            ArrayNode bars = chart.putArray("bars");
            c.bars().forEach(b -> bars.addObject().put("label", b.label()).put("value", b.value()));
        }
        ArrayNode tables = root.putArray("tables");
        for (Report.Table t : report.tables) {
            ObjectNode table = tables.addObject();
            table.put("title", t.title());
            ArrayNode headers = table.putArray("headers");
            t.headers().forEach(headers::add);
            ArrayNode rows = table.putArray("rows");
            for (var row : t.rows()) {
                ArrayNode r = rows.addArray();
                row.forEach(r::add);
            }
        }
        return root;
    }
}
