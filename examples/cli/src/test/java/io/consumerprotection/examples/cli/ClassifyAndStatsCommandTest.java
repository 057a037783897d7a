package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class ClassifyAndStatsCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int status = cl.execute(args);
        return new Run(status, out.toString());
    }

    private Path file(List<String> lines) throws IOException {
        Path f = Files.createTempFile(dir, "in", ".jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void classifyAnswersEachLineWithRankedSuggestionsAndEvidence() throws IOException {
        Path in = file(List.of(
                "{\"id\":\"a\",\"text\":\"我的信用卡被盗刷了5000元，要求赔偿\"}",
                "not json",
                "{\"id\":\"c\"}",
                "{\"id\":\"d\",\"text\":\"网点柜员态度恶劣\"}"));
        Run r = run("classify", "--input", in.toString(), "--top", "2");
        assertThat(r.status()).isEqualTo(Cli.SOME_ERRORS);
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines).hasSize(4);
        JsonNode a = JsonLinesCommand.JSON.readTree(lines[0]);
        assertThat(a.get("id").asString()).isEqualTo("a");
        JsonNode business = a.get("suggestions").get("BUSINESS").get(0);
        assertThat(business.get("code").asString()).isEqualTo("0602");
        assertThat(business.get("evidence").toString()).contains("信用卡", "盗刷");
        assertThat(a.get("suggestions").get("CAUSE").size()).isLessThanOrEqualTo(2);
        assertThat(JsonLinesCommand.JSON.readTree(lines[1]).get("error").get("code").asString()).isEqualTo("INVALID_JSON");
        assertThat(JsonLinesCommand.JSON.readTree(lines[2]).get("error").get("code").asString()).isEqualTo("MISSING_FIELD");
        assertThat(JsonLinesCommand.JSON.readTree(lines[3]).get("suggestions").get("CAUSE").get(0).get("code").asString())
                .isEqualTo("0101");
    }

    @Test
    void classifyUsesTheDefaultClassifierWithThePriorAndOffersTheDictionaryAlone() throws IOException {
        Path in = file(List.of("{\"id\":\"a\",\"text\":\"转账失败，钱被扣了\"}"));
        JsonNode blended = JsonLinesCommand.JSON.readTree(run("classify", "--input", in.toString()).out().strip());
        assertThat(blended.get("dictionaryVersion").asString()).isEqualTo("2026.3+prior-2026.1");
        JsonNode alone = JsonLinesCommand.JSON.readTree(
                run("classify", "--input", in.toString(), "--dictionary-alone").out().strip());
        assertThat(alone.get("dictionaryVersion").asString()).isEqualTo("2026.3");
    }

    /** Seed 003's headline figures from a JSON Lines file: 352 against 418, credit cards 110 (31.3%). */
    @Test
    void statsReadsComplaintLinesOnceAndPrintsTheTable() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 352; i++) {
            String business = i < 110 ? "06022" : "0702";
            String channel = i < 25 ? "REGULATOR_TRANSFER" : "HOTLINE";
            lines.add("{\"id\":\"c" + i + "\",\"channel\":\"" + channel + "\",\"receivedAt\":\"2025-04-10T10:00:00+08:00\","
                    + "\"classification\":{\"BUSINESS\":\"" + business + "\",\"CAUSE\":\"0701\"},"
                    + "\"dueDates\":{\"DECISION\":\"2025-04-25\"},"
                    + "\"timeline\":[{\"type\":\"DECIDED\",\"at\":\"2025-04-25T23:30:00+08:00\"},"
                    + "{\"type\":\"SATISFACTION_RECORDED\",\"at\":\"2025-04-28T10:00:00+08:00\",\"details\":{\"satisfaction\":\""
                    + (i % 25 == 0 && i > 0 ? "UNSATISFIED" : "SATISFIED") + "\"}}]}");
        }
        for (int i = 0; i < 418; i++) {
            lines.add("{\"id\":\"p" + i + "\",\"channel\":\"" + (i < 30 ? "PBOC_TRANSFER" : "BRANCH_COUNTER")
                    + "\",\"receivedAt\":\"2024-03-01T10:00:00+08:00\",\"classification\":{\"BUSINESS\":\""
                    + (i < 138 ? "0602" : "0702") + "\"}}");
        }
        lines.add("{\"id\":\"bad\",\"channel\":\"HOTLINE\",\"receivedAt\":\"yesterday\"}");
        Run r = run("stats", "--input", file(lines).toString(), "--period", "2025-H1", "--by", "BUSINESS@2",
                "--customers", "1000000");
        assertThat(r.status()).isEqualTo(Cli.SOME_ERRORS);
        JsonNode doc = JsonLinesCommand.JSON.readTree(r.out());
        assertThat(doc.get("total").get("complaints").asLong()).isEqualTo(352);
        assertThat(doc.get("yearOnYear").get("percent").decimalValue()).isEqualByComparingTo("-15.8");
        assertThat(doc.get("total").get("onTime").get("percent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(doc.get("total").get("satisfaction").get("percent").decimalValue()).isEqualByComparingTo("96.0");
        assertThat(doc.get("perTenThousandCustomers").decimalValue()).isEqualByComparingTo("3.52");
        JsonNode cards = doc.get("groups").get("BUSINESS@2").get(1);
        assertThat(cards.get("key").get(0).asString()).isEqualTo("0602");
        assertThat(cards.get("count").asLong()).isEqualTo(110);
        assertThat(cards.get("share").get("percent").decimalValue()).isEqualByComparingTo("31.3");
        JsonNode table = doc.get("regulatorTable");
        assertThat(table.get("kind").asString()).isEqualTo("HALF_YEAR");
        assertThat(table.get("regulatorTransferred").get("difference").asLong()).isEqualTo(-5);
        assertThat(table.get("byBusiness").get(5).get("nameZh").asString()).isEqualTo("银行卡");
        assertThat(doc.get("errors").get(0).get("line").asInt()).isEqualTo(771);
    }

    @Test
    void statsRejectsABadPeriodAsUsage() throws IOException {
        Path in = file(List.of());
        assertThat(Cli.run("stats", "--input", in.toString(), "--period", "2025-Q9")).isNotZero();
    }

    @Test
    void statsReadsTheSameFiguresFromTheJdbcHost(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        try (var host = io.consumerprotection.examples.host.jdbc.JdbcHost.h2File(dir.resolve("bank"))) {
            var json = tools.jackson.databind.json.JsonMapper.builder().build();
            for (int i = 0; i < 3; i++) {
                var record = new io.consumerprotection.spi.complaint.ComplaintRecord("C-" + i, 0,
                        i == 0 ? "REGULATOR_TRANSFER" : "HOTLINE", "REF-" + i, "01",
                        new io.consumerprotection.spi.complaint.ComplainantRecord("PERSON", "CUST-" + i, "", "SELF", null, 1),
                        "", "", "", java.util.Map.of("BUSINESS", "06022"), "ORDINARY", "RECEIVED",
                        java.time.Instant.parse("2025-0" + (i + 1) + "-10T02:00:00Z"), "BR-01", "EMP-1", null, null,
                        List.of(new io.consumerprotection.spi.complaint.TimelineEventRecord(1, "RECEIVED",
                                java.time.Instant.parse("2025-0" + (i + 1) + "-10T02:00:00Z"), "EMP-1", "", java.util.Map.of())),
                        java.util.Map.of());
                host.complaintStore().save(record, 0);
                lines.add(json.writeValueAsString(record.withVersion(1)));
            }
        }
        Run fromDatabase = run("stats", "--jdbc", "jdbc:h2:file:" + dir.resolve("bank"), "--period", "2025-H1");
        Run fromFile = run("stats", "--input", file(lines).toString(), "--period", "2025-H1");

        assertThat(fromDatabase.status()).isEqualTo(Cli.OK);
        assertThat(fromDatabase.out()).contains("\"complaints\":3", "\"regulatorTransferred\":1").isEqualTo(fromFile.out());
    }
}
