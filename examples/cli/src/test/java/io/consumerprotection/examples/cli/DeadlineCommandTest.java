package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code deadline} in-process on the issue's example lines and checks every answer. */
class DeadlineCommandTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> lines) {
    }

    private Run run(String... input) throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, String.join("\n", input) + "\n", StandardCharsets.UTF_8);
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            exit = Cli.run("deadline", "--input", file.toString());
        } finally {
            System.setOut(saved);
        }
        List<JsonNode> lines = bytes.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
        return new Run(exit, lines);
    }

    @Test
    void answersTheIssueExamples() throws Exception {
        Run r = run(
                "{\"id\":\"a\",\"op\":\"isWorkingDay\",\"date\":\"2024-02-18\"}",
                "{\"id\":\"b\",\"op\":\"addWorkingDays\",\"date\":\"2024-02-08\",\"days\":3}",
                "{\"id\":\"c\",\"op\":\"workingDaysBetween\",\"from\":\"2024-02-08\",\"to\":\"2024-02-19\"}",
                "{\"id\":\"d\",\"op\":\"due\",\"policy\":\"NFRA-2020-3\",\"receivedAt\":\"2024-09-20T10:15:00+08:00\",\"tier\":\"SIMPLE\"}");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0).toString()).isEqualTo("{\"id\":\"a\",\"result\":true}");
        assertThat(r.lines().get(1).toString()).isEqualTo("{\"id\":\"b\",\"result\":\"2024-02-19\"}");
        assertThat(r.lines().get(2).toString()).isEqualTo("{\"id\":\"c\",\"result\":3}");
        assertThat(r.lines().get(0).get("result").asBoolean()).isTrue();
        assertThat(r.lines().get(1).get("result").asString()).isEqualTo("2024-02-19");
        assertThat(r.lines().get(2).get("result").asInt()).isEqualTo(3);
        JsonNode d = r.lines().get(3);
        assertThat(d.get("id").asString()).isEqualTo("d");
        assertThat(d.get("result").asString()).isEqualTo("2024-10-08");
        assertThat(d.get("policyVersion").asString()).isEqualTo("2020-03-01");
        assertThat(d.get("calendarVersion").asString()).isEqualTo("2026a");
        assertThat(d.propertyNames()).containsExactly("id", "result", "policyVersion", "calendarVersion", "explanation");
        assertThat(d.get("explanation").toString()).contains("2024-10-05 is a statutory holiday (国庆节)")
                .doesNotContain("ON_TRACK");
    }

    @Test
    void pausesMilestonesAndTiers() throws Exception {
        Run r = run(
                // 09-25..09-27 paused (3 days): 10-05 + 3 = 10-08
                "{\"id\":\"p\",\"op\":\"due\",\"policy\":\"NFRA-2020-3\",\"receivedAt\":\"2024-09-20T10:15:00+08:00\",\"tier\":\"SIMPLE\",\"pauses\":[{\"from\":\"2024-09-25\",\"to\":\"2024-09-27\",\"reason\":\"MEDIATION\"}]}",
                "{\"id\":\"m\",\"op\":\"due\",\"policy\":\"INTERNAL-3-5-10\",\"receivedAt\":\"2024-02-08T09:00:00+08:00\",\"tier\":\"SIMPLE\",\"milestone\":\"PLAN\"}",
                "{\"id\":\"t\",\"op\":\"due\",\"policy\":\"NFRA-2020-3\",\"receivedAt\":\"2024-09-20T10:15:00+08:00\",\"tier\":\"COMPLEX\"}",
                "{\"id\":\"v\",\"op\":\"due\",\"policy\":\"NFRA-2020-3\",\"receivedAt\":\"2024-09-20T10:15:00+08:00\",\"tier\":\"VERY_COMPLEX\",\"approver\":\"hq-1\",\"noticeMethod\":\"SMS\"}");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.lines()).extracting(n -> n.get("result").asString())
                .containsExactly("2024-10-08", "2024-02-21", "2024-10-21", "2024-11-19");
    }

    @Test
    void errorsAreAnsweredInPlaceAndTheOtherLinesStillAnswered() throws Exception {
        Run r = run(
                "{\"id\":\"e1\",\"op\":\"isWorkingDay\",\"date\":\"2027-03-01\"}",
                "{\"id\":\"e2\",\"op\":\"due\",\"policy\":\"NO-SUCH\",\"receivedAt\":\"2024-09-20T10:15:00+08:00\"}",
                "{\"id\":\"e3\",\"op\":\"due\",\"policy\":\"NFRA-2020-3\",\"receivedAt\":\"2024-09-20T10:15:00+08:00\",\"tier\":\"VERY_COMPLEX\"}",
                "not json",
                "{\"id\":\"e5\",\"op\":\"addWorkingDays\",\"date\":\"2024-13-01\",\"days\":1}",
                "{\"id\":\"ok\",\"op\":\"isWorkingDay\",\"date\":\"2027-03-01\",\"provisional\":true}");
        assertThat(r.exit()).isEqualTo(Cli.SOME_ERRORS);
        assertThat(r.lines()).hasSize(6);
        assertThat(r.lines().get(0).at("/error/code").asString()).isEqualTo("CALENDAR_COVERAGE");
        assertThat(r.lines().get(0).at("/error/message").asString()).contains("2027-03-01", "CN", "2026a");
        assertThat(r.lines().get(1).at("/error/code").asString()).isEqualTo("UNKNOWN_POLICY");
        assertThat(r.lines().get(2).at("/error/code").asString()).isEqualTo("INVALID_INPUT");
        assertThat(r.lines().get(2).at("/error/message").asString()).contains("approver");
        assertThat(r.lines().get(3).get("line").asInt()).isEqualTo(4);
        assertThat(r.lines().get(3).at("/error/code").asString()).isEqualTo("INVALID_JSON");
        assertThat(r.lines().get(4).at("/error/code").asString()).isEqualTo("INVALID_INPUT");
        assertThat(r.lines().get(5).get("result").asBoolean()).isTrue();
        assertThat(r.lines().get(5).get("provisional").asBoolean()).isTrue();
    }

    @Test
    void badUsageExitsWith2() throws Exception {
        assertThat(Cli.run("deadline", "--no-such-option")).isEqualTo(Cli.USAGE);
    }

    @Test
    void everyProvisionalAnswerSaysSoAndTheCoverageErrorSaysWhatToDo() throws Exception {
        Run r = run(
                "{\"id\":\"p1\",\"op\":\"due\",\"policy\":\"NFRA-2020-3\",\"receivedAt\":\"2026-12-03T10:00:00+08:00\",\"tier\":\"SIMPLE\",\"provisional\":true}",
                "{\"id\":\"p2\",\"op\":\"addWorkingDays\",\"date\":\"2026-12-03\",\"days\":3,\"provisional\":true}",
                "{\"id\":\"s1\",\"op\":\"due\",\"policy\":\"NFRA-2020-3\",\"receivedAt\":\"2026-12-03T10:00:00+08:00\",\"tier\":\"SIMPLE\"}");
        assertThat(r.lines()).hasSize(3);
        JsonNode due = r.lines().get(0);
        assertThat(due.get("provisional").asBoolean()).isTrue();
        assertThat(due.get("warning").asString()).contains("PROVISIONAL", "2026-10-10", "calendar import-notice");
        assertThat(due.get("explanation").toString()).contains("PROVISIONAL").contains("calendar import-notice");
        assertThat(r.lines().get(1).get("provisional").asBoolean()).isTrue();
        assertThat(r.lines().get(1).get("warning").asString()).contains("PROVISIONAL");
        assertThat(r.lines().get(2).at("/error/code").asString()).isEqualTo("CALENDAR_COVERAGE");
        assertThat(r.lines().get(2).at("/error/message").asString()).contains("calendar import-notice", "provisional");
    }

    @Test
    void helpDocumentsProvisional() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(Cli.run("deadline", "--help")).isZero();
        } finally {
            System.setOut(saved);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("provisional", "\"provisional\":true",
                "CALENDAR_COVERAGE", "calendar import-notice");
    }
}
