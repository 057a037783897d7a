package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportCommandTest {

    @TempDir
    Path dir;

    /** Half a year of complaints in the stats shape, with a surge of card fees at BR-102 in the week of 2025-05-12. */
    private Path complaints() throws Exception {
        Random r = new Random(5);
        StringBuilder b = new StringBuilder();
        int n = 0;
        String[] business = {"06021", "0701", "09011"};
        String[] cause = {"0101", "0301", "0701"};
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2025, 7, 1)); d = d.plusDays(1)) {
            int k = r.nextInt(4);
            boolean surge = !d.isBefore(LocalDate.of(2025, 5, 12)) && d.isBefore(LocalDate.of(2025, 5, 15));
            for (int i = 0; i < k + (surge ? 8 : 0); i++) {
                boolean s = surge && i >= k;
                b.append("{\"id\":\"C-").append(++n).append("\",\"channel\":\"HOTLINE\",\"receivedAt\":\"").append(d)
                        .append("T10:00:00+08:00\",\"receivingUnit\":\"").append(s ? "BR-102" : "BR-10" + r.nextInt(3))
                        .append("\",\"classification\":{\"BUSINESS\":\"").append(s ? "06021" : business[r.nextInt(3)])
                        .append("\",\"CAUSE\":\"").append(s ? "0701" : cause[r.nextInt(3)]).append("\",\"SOURCE\":\"01\"}}\n");
            }
        }
        b.append("not json\n");
        Path f = dir.resolve("complaints.jsonl");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void quarterlyBulletinAsXlsxJsonAndHtml() throws Exception {
        Path in = complaints();
        Path xlsx = dir.resolve("q2.xlsx");
        CliRun x = CliRun.run("report", "--period", "2025-Q2", "--kind", "quarterly", "--format", "xlsx", "--output",
                xlsx.toString(), "--input", in.toString());
        assertThat(x.exit()).as(x.err()).isEqualTo(1); // the bad line
        assertThat(x.err()).contains("is not JSON");
        CliRun j = CliRun.run("report", "--period", "2025-Q2", "--kind", "quarterly", "--format", "json", "--input", in.toString());
        JsonNode doc = JsonMapper.builder().build().readTree(j.out());
        long total = doc.get("tables").get("totals").get("rows").get(0).get(1).asLong();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat((long) wb.getSheet("totals").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(total);
        }
        assertThat(doc.get("tables").get("alerts").get("rows").toString()).contains("BR-102");
        assertThat(doc.get("header").get("报送期限").asString()).isEqualTo("2025-07-15");
        CliRun both = CliRun.run("report", "--period", "2025-Q2", "--kind", "quarterly", "--format", "json", "--lang", "zh-en",
                "--input", in.toString());
        JsonNode bilingual = JsonMapper.builder().build().readTree(both.out());
        assertThat(bilingual.get("header").get("报送期限 / Due date").asString()).isEqualTo("2025-07-15");
        assertThat(bilingual.get("tables").get("totals").get("rows").get(0).get(1).asLong()).isEqualTo(total);
        assertThat(bilingual.get("tables").get("totals").get("rows").toString().replaceAll("[^0-9.,]", ""))
                .isEqualTo(doc.get("tables").get("totals").get("rows").toString().replaceAll("[^0-9.,]", ""));
        assertThat(CliRun.run("report", "--period", "2025-Q2", "--kind", "quarterly", "--lang", "fr", "--input", in.toString())
                .err()).contains("--lang");
        CliRun h = CliRun.run("report", "--period", "2025-Q2", "--kind", "quarterly", "--input", in.toString());
        assertThat(h.out()).startsWith("<!DOCTYPE html>").contains("季度投诉通报").contains("热点预警");
    }

    @Test
    void warnListsTheSurgeAsJsonLines() throws Exception {
        CliRun w = CliRun.run("warn", "--from", "2025-01-01", "--to", "2025-06-30", "--input", complaints().toString());
        assertThat(w.exit()).as(w.err()).isEqualTo(1);
        assertThat(w.out().lines()).anySatisfy(line -> assertThat(line).contains("\"kind\":\"SURGE\"")
                .contains("\"cell\":[\"06\",\"07\",\"BR-102\"]").contains("\"from\":\"2025-05-12\""));
    }

    @Test
    void warnListsAPartnersRiseAsAnAlertOfTheEarlyWarning() throws Exception {
        StringBuilder b = new StringBuilder();
        LocalDate q1 = LocalDate.of(2025, 4, 1).minusDays(91);
        for (int i = 0; i < 40; i++) {
            b.append(line("A" + i, q1.plusDays(i), i < 2 ? "P-INS-02" : "BR-101"));
        }
        for (int i = 0; i < 50; i++) {
            b.append(line("B" + i, LocalDate.of(2025, 4, 1).plusDays(i), i < 9 ? "P-INS-02" : "BR-101"));
        }
        Path in = dir.resolve("partners.jsonl");
        Files.writeString(in, b.toString(), StandardCharsets.UTF_8);

        CliRun w = CliRun.run("warn", "--from", "2025-01-01", "--to", "2025-06-30", "--input", in.toString(), "--partners",
                "P-INS-02,P-FUND-01");

        assertThat(w.exit()).as(w.err()).isEqualTo(1);
        assertThat(w.out().lines().filter(l -> l.contains("PARTNER_"))).hasSize(2).allSatisfy(l -> assertThat(l)
                .contains("\"cell\":[\"P-INS-02\"]", "\"from\":\"2025-04-01\"", "\"observed\":9", "\"complaintIds\":[\"B0\"")
                .doesNotContain("probability"));
        assertThat(CliRun.run("warn", "--from", "2025-01-01", "--to", "2025-06-30", "--input", in.toString()).out())
                .doesNotContain("PARTNER_");
        assertThat(CliRun.run("warn", "--from", "2025-01-01", "--to", "2025-06-30", "--partners", "P 1").err())
                .contains("--partners");
    }

    private static String line(String id, LocalDate d, String respondent) {
        return "{\"id\":\"" + id + "\",\"channel\":\"HOTLINE\",\"receivedAt\":\"" + d + "T10:00:00+08:00\",\"receivingUnit\":"
                + "\"BR-101\",\"respondent\":\"" + respondent + "\",\"classification\":{\"BUSINESS\":\"06021\",\"CAUSE\":\"0701\"}}\n";
    }

    @Test
    void aFieldNotReadIsReportedByStatsReportAndWarnAlike() throws Exception {
        Path in = dir.resolve("typo.jsonl");
        Files.writeString(in, "{\"id\":\"C-1\",\"channel\":\"HOTLINE\",\"receivedAt\":\"2025-05-12T10:00:00+08:00\","
                + "\"recievingUnit\":\"BR-101\",\"classification\":{\"BUSINESS\":\"06021\",\"CAUSE\":\"0701\"}}\n",
                StandardCharsets.UTF_8);
        String expected = "field 'recievingUnit' (first on line 1) is not read and was ignored";
        assertThat(CliRun.run("report", "--period", "2025-Q2", "--kind", "quarterly", "--format", "json", "--input",
                in.toString()).err()).contains(expected);
        assertThat(CliRun.run("warn", "--from", "2025-05-01", "--to", "2025-05-31", "--input", in.toString()).err())
                .contains(expected);
        CliRun stats = CliRun.run("stats", "--period", "2025-Q2", "--input", in.toString());
        assertThat(stats.out()).contains("UNKNOWN_FIELD").contains(expected);
    }

    @Test
    void mistakesAreUsageErrorsNamingTheOption() {
        assertThat(CliRun.run("report", "--period", "2025-Q2", "--kind", "weekly").err()).contains("--kind");
        assertThat(CliRun.run("report", "--period", "2025-Q2", "--kind", "weekly").exit()).isEqualTo(2);
        assertThat(CliRun.run("report", "--period", "2025-H1", "--kind", "quarterly").exit()).isEqualTo(2);
        assertThat(CliRun.run("report", "--period", "2025-Q2", "--kind", "quarterly", "--format", "xlsx").err()).contains("--output");
        assertThat(CliRun.run("warn", "--from", "2025-13-01", "--to", "2025-06-30").exit()).isEqualTo(2);
    }
}
