package io.consumerprotection.examples.host.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as an XLSX workbook (Apache POI): a {@code 概要} sheet with the header, then one sheet per table
 * (named by its key), row 1 the title, row 2 the headers, then the rows with numbers as numeric cells, so
 * that a regulator's template can take them by formula or copy.
 */
public final class ReportXlsx {

    private ReportXlsx() {
    }

    /** Writes the workbook of a sheet to the stream (left open). */
    public static void write(ReportSheet sheet, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Sheet summary = wb.createSheet("概要");
            Row title = summary.createRow(0);
            title.createCell(0).setCellValue(sheet.titleZh());
            title.getCell(0).setCellStyle(bold);
            if (sheet.language().english()) {
                summary.createRow(1).createCell(0).setCellValue(sheet.titleEn());
            }
            int r = 3;
            for (Map.Entry<String, String> e : sheet.header().entrySet()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(e.getValue());
            }
            summary.setColumnWidth(0, 40 * 256);
            summary.setColumnWidth(1, 60 * 256);
            for (ReportSheet.Table t : sheet.tables()) {
                Sheet s = wb.createSheet(t.key());
                Row head = s.createRow(0);
                head.createCell(0).setCellValue(sheet.language().label(t.titleZh(), t.titleEn()));
                head.getCell(0).setCellStyle(bold);
                Row hr = s.createRow(1);
                for (int i = 0; i < t.headers().size(); i++) {
                    Cell c = hr.createCell(i);
                    c.setCellValue(t.headers().get(i));
                    c.setCellStyle(bold);
                    s.setColumnWidth(i, 22 * 256);
                }
                int n = 2;
                for (List<Object> values : t.rows()) {
                    Row row = s.createRow(n++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v == null) {
                            continue;
                        }
                        Cell c = row.createCell(i);
                        if (v instanceof Long l) {
                            c.setCellValue(l);
                        } else if (v instanceof BigDecimal d) {
                            c.setCellValue(d.doubleValue());
                        } else {
                            c.setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
