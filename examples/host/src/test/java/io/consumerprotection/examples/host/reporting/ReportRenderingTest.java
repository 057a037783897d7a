package io.consumerprotection.examples.host.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.reporting.ComplaintReporting;
import io.consumerprotection.core.reporting.Report;
import io.consumerprotection.core.reporting.ReportKind;
import io.consumerprotection.core.reporting.UnitBase;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.warning.HotSpotWatch;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The XLSX read back with POI, the JSON parsed with Jackson and the HTML text agree, cell by cell. */
class ReportRenderingTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static List<ComplaintRecord> complaints() {
        Random r = new Random(11);
        String[] business = {"06021", "0701", "09011", "0101"};
        String[] cause = {"0101", "0301", "0701", "1001"};
        List<ComplaintRecord> out = new ArrayList<>();
        int n = 0;
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2026, 1, 1)); d = d.plusDays(1)) {
            int k = r.nextInt(5) + (d.isAfter(LocalDate.of(2025, 5, 11)) && d.isBefore(LocalDate.of(2025, 5, 18)) ? 6 : 0);
            for (int i = 0; i < k; i++) {
                Instant at = d.atTime(LocalTime.of(10, i)).atZone(ZONE).toInstant();
                boolean surge = i >= k - 6 && k >= 6;
                String id = "C-" + (++n);
                String src = r.nextBoolean() ? "01" : "06";
                out.add(new ComplaintRecord(id, 1, r.nextInt(12) == 0 ? "REGULATOR_TRANSFER" : "HOTLINE", "R-" + id, src,
                        new ComplainantRecord("PERSON", "P-" + r.nextInt(500), "客户", "SELF", null, 1), "", "", "",
                        Map.of("BUSINESS", surge ? "06021" : business[r.nextInt(4)], "CAUSE", surge ? "0701" : cause[r.nextInt(4)],
                                "SOURCE", src),
                        r.nextInt(40) == 0 ? "MAJOR" : "ORDINARY", "CLOSED", at, surge ? "BR-102" : "BR-10" + r.nextInt(4), "E", "E",
                        null, List.of(new TimelineEventRecord(1, "RECEIVED", at, "E", "", Map.of()),
                                new TimelineEventRecord(2, "DECIDED", at.plusSeconds(86_400L * r.nextInt(20)), "E", "", Map.of())),
                        Map.of("DECISION", d.plusDays(15), "RESOLVE", d.plusDays(14))));
            }
        }
        return out;
    }

    static Report report(ReportKind kind) {
        String p = switch (kind) {
            case MONTHLY_TABLE -> "2025-05";
            case QUARTERLY_BULLETIN -> "2025-Q2";
            case HALF_YEAR_ANALYSIS -> "2025-H1";
            default -> "2025";
        };
        ReportingPeriod period = ReportingPeriod.parse(p);
        return ComplaintReporting.builder(kind, period)
                .unitBase(UnitBase.perTenThousandCustomers(Map.of("BR-100", 30_000L, "BR-101", 20_000L, "BR-102", 25_000L)))
                .watch(HotSpotWatch.builder(period.start().minusWeeks(10), period.end()).build())
                .build().compute(complaints().stream());
    }

    @ParameterizedTest
    @EnumSource(value = ReportKind.class, names = {"MONTHLY_TABLE", "QUARTERLY_BULLETIN", "HALF_YEAR_ANALYSIS", "ANNUAL_ANALYSIS"})
    void xlsxJsonAndHtmlCarryTheSameFigures(ReportKind kind) throws Exception {
        ReportSheet sheet = ReportSheet.of(report(kind));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportXlsx.write(sheet, bytes);
        JsonNode json = JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build().readTree(ReportJson.write(sheet));
        String html = ReportHtml.render(sheet);

        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"zh-CN\">").doesNotContain("http://", "https://")
                .contains("<svg");
        long compared = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(wb.getSheet("概要").getRow(0).getCell(0).getStringCellValue()).isEqualTo(sheet.titleZh());
            for (ReportSheet.Table t : sheet.tables()) {
                Sheet s = wb.getSheet(t.key());
                JsonNode rows = json.get("tables").get(t.key()).get("rows");
                assertThat(rows.size()).as(t.key()).isEqualTo(t.rows().size());
                assertThat(s.getLastRowNum() + 1).as(t.key()).isEqualTo(t.rows().size() + 2);
                for (int i = 0; i < t.rows().size(); i++) {
                    Row row = s.getRow(i + 2);
                    for (int j = 0; j < t.rows().get(i).size(); j++) {
                        JsonNode j0 = rows.get(i).get(j);
                        Cell cell = row.getCell(j);
                        if (j0.isNull()) {
                            assertThat(cell).as(t.key() + "[" + i + "][" + j + "]").isNull();
                            continue;
                        }
                        if (j0.isNumber()) {
                            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                            Object value = t.rows().get(i).get(j);
                            java.math.BigDecimal expected = value instanceof Long l ? java.math.BigDecimal.valueOf(l)
                                    : (java.math.BigDecimal) value;
                            assertThat(j0.decimalValue()).as(t.key() + "[" + i + "][" + j + "]").isEqualByComparingTo(expected);
                            assertThat(cell.getNumericCellValue()).as(t.key() + "[" + i + "][" + j + "]")
                                    .isEqualTo(expected.doubleValue());
                            assertThat(html).contains(">" + ReportHtml.text(value) + "<");
                            compared++;
                        } else {
                            assertThat(cell.getStringCellValue()).isEqualTo(j0.asString());
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(20);
        // the figures are the report's own
        assertThat(json.get("tables").get("totals").get("rows").get(0).get(1).asLong())
                .isEqualTo(complaints().stream().filter(c -> ReportingPeriod.parse(sheet.header().get("报告期"))
                        .contains(c.receivedAt().atZone(ZONE).toLocalDate())).count());
        if (kind == ReportKind.QUARTERLY_BULLETIN) {
            assertThat(json.get("tables").get("alerts").get("rows").toString()).contains("BR-102");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReportKind.class, names = {"MONTHLY_TABLE", "QUARTERLY_BULLETIN", "HALF_YEAR_ANALYSIS", "ANNUAL_ANALYSIS"})
    void chineseAndBilingualSheetsCarryTheSameFigures(ReportKind kind) throws Exception {
        var report = report(kind);
        ReportSheet zh = ReportSheet.of(report, ReportLanguage.ZH);
        ReportSheet both = ReportSheet.of(report, ReportLanguage.ZH_EN);
        assertThat(zh.tables()).extracting(ReportSheet.Table::key).isEqualTo(both.tables().stream().map(ReportSheet.Table::key).toList());
        for (int t = 0; t < zh.tables().size(); t++) {
            ReportSheet.Table a = zh.tables().get(t);
            ReportSheet.Table b = both.tables().get(t);
            assertThat(a.headers()).allSatisfy(h -> assertThat(h).doesNotContain(" / "));
            assertThat(b.headers()).allSatisfy(h -> assertThat(h).contains(" / "));
            assertThat(a.rows()).hasSameSizeAs(b.rows());
            for (int r = 0; r < a.rows().size(); r++) {
                for (int c = 0; c < a.rows().get(r).size(); c++) {
                    Object x = a.rows().get(r).get(c);
                    if (!(x instanceof String)) {
                        assertThat(b.rows().get(r).get(c)).as(a.key() + "[" + r + "][" + c + "]").isEqualTo(x);
                    }
                }
            }
        }
        assertThat(ReportHtml.render(zh)).doesNotContain("class=\"en\"");
        assertThat(ReportHtml.render(both)).contains("class=\"en\"").contains(both.titleEn());
        assertThat(ReportJson.write(zh)).doesNotContain("titleEn").contains("\"language\"");
    }
}
