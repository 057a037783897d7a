package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code audit} in-process on a JSON Lines file, an H2 database and a facts file. */
class AuditCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /**
     * A complaint received Fri 2024-09-20 10:15 (China), classified, decided 2024-10-10 with all remedies
     * and notice: due 2024-10-08 under NFRA-2020-3 (National Day break), so 2 days late. Written by hand to
     * document the line shape.
     */
    static final String LATE = """
            {"id":"C-LATE","version":1,"channel":"HOTLINE","channelReference":"T-1","source":"HOTLINE",\
            "complainant":{"kind":"PERSON","reference":"CUST-1","name":"王某","representation":"SELF","representativeReference":null,"jointComplainants":1},\
            "respondent":"BR-01","request":"退还年费","narrative":"年费被扣收","classification":{"BUSINESS":"06015","CAUSE":"0703"},\
            "level":"ORDINARY","status":"DECIDED","receivedAt":"2024-09-20T02:15:00Z","receivingUnit":"BR-01",\
            "firstContactHandler":"EMP-1","currentHandler":"EMP-2","relatedComplaintId":null,"timeline":[\
            {"sequence":1,"type":"RECEIVED","at":"2024-09-20T02:15:00Z","actor":"EMP-1","reason":"","details":{"level":"ORDINARY"}},\
            {"sequence":2,"type":"ACCEPTED","at":"2024-09-20T03:00:00Z","actor":"EMP-1","reason":"","details":{}},\
            {"sequence":3,"type":"ASSIGNED","at":"2024-09-20T04:00:00Z","actor":"EMP-1","reason":"","details":{"handler":"EMP-2"}},\
            {"sequence":4,"type":"CUSTOMER_CONTACTED","at":"2024-09-23T04:00:00Z","actor":"EMP-2","reason":"","details":{"noticeMethod":"PHONE"}},\
            {"sequence":5,"type":"PLAN_PROPOSED","at":"2024-09-24T04:00:00Z","actor":"EMP-2","reason":"退费","details":{}},\
            {"sequence":6,"type":"DECIDED","at":"2024-10-10T04:00:00Z","actor":"EMP-2","reason":"","details":{"outcome":"UPHELD",\
            "remedies":"ARBITRATION,LITIGATION,MEDIATION,REVIEW","noticeMethod":"SMS","noticeProof":"SMS-1"}},\
            {"sequence":7,"type":"SATISFACTION_RECORDED","at":"2024-10-11T04:00:00Z","actor":"EMP-2","reason":"","details":{"satisfaction":"SATISFIED"}}],\
            "dueDates":{}}""";

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            CommandLine cl = new CommandLine(new Cli());
            cl.setErr(new PrintWriter(err, true));
            cl.setExitCodeExceptionMapper(e -> Cli.USAGE);
            int status = cl.execute(args);
            return new Result(status, buf.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    private static ComplaintRecord onTime(String id) {
        Instant r = Instant.parse("2024-09-20T02:15:00Z");
        return new ComplaintRecord(id, 1, "HOTLINE", "T-" + id, "HOTLINE", new ComplainantRecord("PERSON", "CUST-" + id, "李某",
                "SELF", null, 1), "BR-01", "查询", "查询余额", Map.of("BUSINESS", "0101", "CAUSE", "0701"), "ORDINARY", "DECIDED",
                r, "BR-01", "EMP-1", "EMP-2", null, List.of(
                new TimelineEventRecord(1, "RECEIVED", r, "EMP-1", "", Map.of("level", "ORDINARY")),
                new TimelineEventRecord(2, "ASSIGNED", r.plusSeconds(60), "EMP-1", "", Map.of("handler", "EMP-2")),
                new TimelineEventRecord(3, "CUSTOMER_CONTACTED", r.plusSeconds(3600), "EMP-2", "", Map.of("noticeMethod", "PHONE")),
                new TimelineEventRecord(4, "PLAN_PROPOSED", r.plusSeconds(7200), "EMP-2", "答复", Map.of()),
                new TimelineEventRecord(5, "DECIDED", r.plusSeconds(86_400), "EMP-2", "", Map.of("outcome", "UPHELD",
                        "remedies", "REVIEW", "noticeMethod", "SMS", "noticeProof", "SMS-9")),
                new TimelineEventRecord(6, "SATISFACTION_RECORDED", r.plusSeconds(90_000), "EMP-2", "", Map.of("satisfaction", "SATISFIED"))),
                Map.of());
    }

    private Path complaints(String... extraLines) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(LATE);
        lines.add(JSON.writeValueAsString(onTime("C-OK")));
        lines.addAll(List.of(extraLines));
        Path file = dir.resolve("complaints.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonLinesFindingsCiteTheDeadlineAndTheExitStatusIsOne() throws IOException {
        Result r = run("audit", "--input", complaints().toString(), "--rules", "complaints", "--as-of", "2024-12-31");
        assertThat(r.status()).as(r.err()).isEqualTo(Cli.SOME_ERRORS);
        List<JsonNode> findings = r.out().lines().map(JSON::readTree).toList();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("ruleId").asString()).isEqualTo("CP-COMPLAINT-001");
            assertThat(f.get("subjectId").asString()).isEqualTo("C-LATE");
            assertThat(f.get("message").asString())
                    .isEqualTo("due 2024-10-08 (NFRA-2020-3, calendar CN 2026a), decided 2024-10-10: 2 days late");
        });
        assertThat(findings).noneMatch(f -> f.get("subjectId").asString().equals("C-OK"));
        assertThat(r.err()).contains("COMPLAINT 2");
    }

    @Test
    void exitsZeroWhenNoFailureReachesTheThreshold() throws IOException {
        Result r = run("audit", "--input", complaints().toString(), "--rules", "complaints", "--as-of", "2024-12-31",
                "--fail-on", "CRITICAL");
        assertThat(r.status()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("CP-COMPLAINT-001");
    }

    @Test
    void writesSarifCsvAndHtmlAndTheSummary() throws IOException {
        Path in = complaints();
        Path summary = dir.resolve("run.json");
        Result sarif = run("audit", "--input", in.toString(), "--as-of", "2024-12-31", "--format", "sarif",
                "--summary", summary.toString());
        JsonNode log = JSON.readTree(sarif.out());
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("runs").get(0).get("results").size()).isPositive();
        JsonNode record = JSON.readTree(Files.readString(summary));
        assertThat(record.get("dataVersions").get("policy.NFRA-2020-3").asString()).isEqualTo("2020-03-01");
        assertThat(record.get("summaries").size()).isGreaterThanOrEqualTo(25);

        Result csv = run("audit", "--input", in.toString(), "--as-of", "2024-12-31", "--format", "csv");
        assertThat(csv.out()).startsWith("ruleId,ruleVersion,subjectKind,subjectId,kind,severity,message,evidence,messageZh\r\n");

        Path html = dir.resolve("report.html");
        Result page = run("audit", "--input", in.toString(), "--as-of", "2024-12-31", "--format", "html", "--output", html.toString());
        assertThat(page.status()).isEqualTo(Cli.SOME_ERRORS);
        String text = Files.readString(html);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("CP-COMPLAINT-001").contains("投诉处理超过办理时限")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void readsComplaintsFromAJdbcDatabase() {
        Path db = dir.resolve("bank");
        try (JdbcHost host = JdbcHost.h2File(db)) {
            host.complaintStore().save(onTime("C-DB-1"), 0);
            ComplaintRecord late = JSON.readValue(LATE, ComplaintRecord.class);
            host.complaintStore().save(late, 0);
        }
        Result r = run("audit", "--jdbc", "jdbc:h2:file:" + db.toAbsolutePath(), "--rules", "complaints", "--as-of", "2024-12-31");
        assertThat(r.status()).as(r.err()).isEqualTo(Cli.SOME_ERRORS);
        assertThat(r.out()).contains("\"subjectId\":\"C-LATE\"").doesNotContain("C-DB-1");
    }

    @Test
    void checksHostFactsAndReportsBadLines() throws IOException {
        Path facts = dir.resolve("facts.jsonl");
        Files.write(facts, List.of(
                "{\"type\":\"governanceProfile\",\"institutionId\":\"HQ\",\"year\":2023,\"legalEntity\":true,\"boardCommittee\":false,"
                        + "\"dedicatedDepartment\":true,\"trainingSessionsByStaffLevel\":{\"STAFF\":1}}",
                "{\"type\":\"productSale\",\"saleId\":\"S-1\",\"soldOn\":\"2024-05-01\",\"productType\":\"WEALTH_MANAGEMENT\","
                        + "\"productRiskLevel\":4,\"customerRiskLevel\":2,\"customerAge\":70,\"channel\":\"BRANCH\"}",
                "{\"type\":\"nope\"}"), StandardCharsets.UTF_8);
        Result r = run("audit", "--facts", facts.toString(), "--rules", "governance,sales", "--as-of", "2024-12-31");
        assertThat(r.status()).isEqualTo(Cli.SOME_ERRORS);
        assertThat(r.out()).contains("CP-GOV-001").contains("CP-SALES-001").contains("CP-SALES-003");
        assertThat(r.err()).contains("facts line 3").contains("unknown type 'nope'");
    }

    @Test
    void checksReviewedSubjectsWithTheReviewRules() throws IOException {
        Path facts = dir.resolve("review-facts.jsonl");
        Files.write(facts, List.of(
                "{\"type\":\"reviewedSubject\",\"kind\":\"PRODUCT\",\"subjectId\":\"P-1\",\"version\":\"1.0\","
                        + "\"lastUsedOn\":\"2024-12-30\",\"overdueSuggestions\":[],\"unfairTerms\":[]}",
                "{\"type\":\"reviewedSubject\",\"kind\":\"PRODUCT\",\"subjectId\":\"P-2\",\"version\":\"1.0\","
                        + "\"lastUsedOn\":\"2024-12-30\",\"approvingReview\":\"RV-1\",\"overdueSuggestions\":[],\"unfairTerms\":[]}"),
                StandardCharsets.UTF_8);
        Result r = run("audit", "--facts", facts.toString(), "--rules", "review", "--as-of", "2024-12-31");
        assertThat(r.status()).as(r.err()).isEqualTo(Cli.SOME_ERRORS);
        assertThat(r.out()).contains("\"ruleId\":\"CP-REVIEW-001\"").contains("P-1@1.0").doesNotContain("P-2@1.0")
                .contains("无审查、不上线");
    }

    @Test
    void aMalformedComplaintLineIsReportedAndMakesTheRunFail() throws IOException {
        Result r = run("audit", "--input", complaints("{not json").toString(), "--rules", "complaints", "--as-of", "2024-12-31",
                "--fail-on", "CRITICAL");
        assertThat(r.status()).isEqualTo(Cli.SOME_ERRORS);
        assertThat(r.err()).contains("line 3: not a complaint record");
    }

    @Test
    void badUsageExitsTwo() throws IOException {
        assertThat(run("audit", "--input", complaints().toString(), "--format", "xml").status()).isEqualTo(Cli.USAGE);
        assertThat(run("audit", "--input", complaints().toString(), "--rules", "nope").status()).isEqualTo(Cli.USAGE);
        assertThat(run("audit").status()).isEqualTo(Cli.USAGE);
        assertThat(Cli.run("audit", "--fail-on", "SEVERE")).isEqualTo(Cli.USAGE);
    }
}
