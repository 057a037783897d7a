package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OutputFormatsTest {

    private static final String NASTY = "引号\" 反斜杠\\ 换行\n回车\r制表\t\u0001 \u2028 emoji \uD83D\uDE00 lone \uD800 end";

    private static Finding finding(String message) {
        return new Finding(RuleId.of("CP-TEST-001"), "1.0", "COMPLAINT", "C-1, \"x\"", FindingKind.FAIL, Severity.HIGH, message,
                List.of(Evidence.of("a,b", "v=\"1\""), Evidence.of("line", "x\ny")));
    }

    @Test
    void jsonLinesEscapePerRfc8259AndParseBack() {
        StringBuilder out = new StringBuilder();
        JsonLinesFindings w = JsonLinesFindings.to(out);
        w.accept(finding(NASTY));
        w.accept(finding("second"));
        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        JsonNode first = JsonMapper.builder().build().readTree(lines[0]);
        String expected = NASTY.replace('\uD800', '\uFFFD');
        assertThat(first.get("message").asString().replace('\uD800', '\uFFFD')).isEqualTo(expected);
        assertThat(first.get("subjectId").asString()).isEqualTo("C-1, \"x\"");
        assertThat(first.get("evidence").get(1).get("value").asString()).isEqualTo("x\ny");
        assertThat(lines[0]).contains("\\u0001").contains("\\u2028").contains("\\ud800").doesNotContain("\n");
    }

    @Test
    void csvQuotesPerRfc4180() {
        StringBuilder out = new StringBuilder();
        CsvFindings w = CsvFindings.to(out);
        w.accept(finding("plain message"));
        w.accept(finding("has, comma and \"quote\"\nand line"));
        String csv = out.toString();
        assertThat(csv).startsWith(CsvFindings.HEADER + "\r\n");
        assertThat(csv).contains("CP-TEST-001,1.0,COMPLAINT,\"C-1, \"\"x\"\"\",FAIL,HIGH,plain message,\"a,b=v=\"\"1\"\"; line=x\ny\",\r\n");
        assertThat(csv).contains(",\"has, comma and \"\"quote\"\"\nand line\",");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void summaryCsvHasOneLinePerRuleWithCoverage() {
        RunRecord run = new RunRecord("R1", "complaints", "2026.1", List.of(), AuditFixtures.noon("2024-12-31"),
                AuditFixtures.noon("2025-01-01"), AuditFixtures.noon("2025-01-01"), java.util.Map.of("calendar", "CN 2026a"),
                java.util.Map.of("COMPLAINT", 3L),
                List.of(new RuleSummary(RuleId.of("CP-A-001"), "1.0", "Title, with comma", Severity.LOW, 3, 1, 1, 1, 0),
                        new RuleSummary(RuleId.of("CP-A-002"), "1.0", "Never applies", Severity.LOW, 3, 0, 0, 3, 0)), false);
        StringBuilder csv = new StringBuilder();
        RunReports.writeSummaryCsv(run, csv);
        assertThat(csv.toString().split("\r\n")).containsExactly(RunReports.SUMMARY_HEADER,
                "CP-A-001,1.0,LOW,3,1,1,1,0,true,\"Title, with comma\"", "CP-A-002,1.0,LOW,3,0,0,3,0,false,Never applies");
        StringBuilder json = new StringBuilder();
        RunReports.writeJson(run, json);
        JsonNode node = JsonMapper.builder().build().readTree(json.toString());
        assertThat(node.get("uncoveredRules").get(0).asString()).isEqualTo("CP-A-002");
        assertThat(node.get("dataVersions").get("calendar").asString()).isEqualTo("CN 2026a");
        assertThat(node.get("inputCounts").get("COMPLAINT").asLong()).isEqualTo(3);
    }
}
