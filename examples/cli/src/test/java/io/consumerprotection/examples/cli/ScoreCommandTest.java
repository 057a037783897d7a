package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code score} in-process on the seed-003 branch figures. */
class ScoreCommandTest {

    @TempDir
    Path dir;

    /**
     * Two branches: ZX as in seed 003 (training and audience from records; its 200 activities given as an
     * indicator, which overrides the 2 activity records), QD with a regulatory penalty.
     */
    static final String FACTS = """
            {"period": "2025-H1",
             "units": {
               "ZX": {
                 "indicators": {"complaint.reduction-rate": 0.157895, "complaint.on-time-rate": 0.97,
                   "complaint.regulator-transferred-on-time-rate": 1, "complaint.regulator-transferred": 25,
                   "complaint.satisfaction-rate": 0.96, "product.pre-review-coverage": 1,
                   "education.activities": 200},
                 "trainings": [{"id": "T1", "date": "2025-04-10", "topic": "应知应会", "enrolled": 120, "attended": 120,
                   "examined": 120, "passed": 120}],
                 "educationActivities": [{"id": "E1", "date": "2025-03-15", "kind": "OFFLINE", "audience": 60000},
                   {"id": "E2", "date": "2025-06-01", "kind": "ONLINE", "audience": 40000}],
                 "publicOpinionEvents": [], "penalties": []
               },
               "QD": {
                 "indicators": {"complaint.reduction-rate": 0.05, "complaint.on-time-rate": 0.95,
                   "complaint.regulator-transferred-on-time-rate": 1, "complaint.regulator-transferred": 3,
                   "complaint.satisfaction-rate": 0.92, "product.pre-review-coverage": 1,
                   "education.activities": 200, "education.audience": 100000,
                   "training.participation-rate": 1, "training.pass-rate": 1},
                 "penalties": [{"id": "P1", "date": "2025-02-28", "authority": "NFRA", "amount": 300000}]
               }
             },
             "previous": {"period": "2024-H1", "units": {"ZX": {
                 "indicators": {"complaint.reduction-rate": 0.02, "complaint.on-time-rate": 0.97,
                   "complaint.regulator-transferred-on-time-rate": 1, "complaint.regulator-transferred": 30,
                   "complaint.satisfaction-rate": 0.96, "product.pre-review-coverage": 1,
                   "education.activities": 200, "education.audience": 100000,
                   "training.participation-rate": 1, "training.pass-rate": 1}}}}}
            """;

    record Run(int status, String out) {
    }

    private Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            int status = Cli.run(args);
            return new Run(status, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    private Path facts(String json) throws IOException {
        Path p = dir.resolve("facts.json");
        Files.writeString(p, json, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void scoresRanksAndExplainsEachUnitAsJson() throws IOException {
        Run r = run("score", "--scorecard", "BRANCH-2025", "--input", facts(FACTS).toString(),
                "--what-if", "complaint.on-time-rate=0.02");
        assertThat(r.status()).as(r.out()).isEqualTo(Cli.OK);
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        assertThat(doc.get("scorecard").asString()).isEqualTo("BRANCH-2025");
        JsonNode zx = doc.get("units").get(0);
        assertThat(zx.get("unit").asString()).isEqualTo("ZX");
        assertThat(zx.get("rank").asInt()).isEqualTo(1);
        // same figures as the core worked example: 92.7231 - 2.5 = 90.22, 12% of it 10.8264
        assertThat(zx.get("score").decimalValue()).isEqualByComparingTo("90.22");
        assertThat(zx.get("grade").asString()).isEqualTo("优秀");
        assertThat(zx.get("contribution").decimalValue()).isEqualByComparingTo("10.8264");
        JsonNode training = zx.get("elements").get(3).get("indicators").get(0);
        assertThat(training.get("id").asString()).isEqualTo("training.participation-rate");
        assertThat(training.get("evidence").get(0).asString()).isEqualTo("T1");
        assertThat(zx.get("whatIf").get(0).get("pointsGained").decimalValue()).isEqualByComparingTo("2.8");
        // previous period: reduction 0.02 -> 40 x 35% x 0.02 / 0.15 = 1.8667; deduction 3 -> 2.5 (30 x 0.1)
        JsonNode cmp = zx.get("comparison");
        assertThat(cmp.get("previousPeriod").asString()).isEqualTo("2024-01-01/2024-06-30");
        assertThat(cmp.get("scoreChange").decimalValue()).isEqualByComparingTo("12.63");

        JsonNode qd = doc.get("units").get(1);
        assertThat(qd.get("unit").asString()).isEqualTo("QD");
        assertThat(qd.get("rank").asInt()).isEqualTo(2);
        assertThat(qd.get("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(qd.get("vetoes").get(1).get("triggered").asBoolean()).isTrue();
        assertThat(qd.get("vetoes").get(1).get("evidence").get(0).asString()).isEqualTo("P1");
    }

    @Test
    void printsARankedTable() throws IOException {
        Run r = run("score", "--scorecard", "BRANCH-2025", "--format", "table", "--input", facts(FACTS).toString());
        assertThat(r.status()).as(r.out()).isEqualTo(Cli.OK);
        assertThat(r.out().lines().toList()).hasSize(4);
        assertThat(r.out().lines().skip(2).toList()).satisfiesExactly(
                l -> assertThat(l).startsWith("1").contains("ZX", "90.22", "优秀", "10.8264"),
                l -> assertThat(l).startsWith("2").contains("QD", "0.00", "不合格", "PENALTY"));
    }

    @Test
    void reportsMissingIndicatorsAsAnErrorDocument() throws IOException {
        Run r = run("score", "--scorecard", "NFRA-2025", "--input",
                facts("{\"period\":\"2025\",\"units\":{\"BANK\":{\"indicators\":{}}}}").toString());
        assertThat(r.status()).isEqualTo(Cli.SOME_ERRORS);
        JsonNode err = JsonMapper.builder().build().readTree(r.out()).get("error");
        assertThat(err.get("code").asString()).isEqualTo("INVALID_APPRAISAL_INPUT");
        assertThat(err.get("violations").toString()).contains("units[BANK].complaint.on-time-rate", "MISSING");
    }

    @Test
    void anUnknownScorecardIsAnError() throws IOException {
        Run r = run("score", "--scorecard", "NOPE", "--input", facts(FACTS).toString());
        assertThat(r.status()).isEqualTo(Cli.SOME_ERRORS);
        assertThat(r.out()).contains("UNKNOWN_SCORECARD");
    }

    @Test
    void listsTheScorecards() {
        Run r = run("score", "--list");
        assertThat(r.status()).as(r.out()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("NFRA-2025", "CBIRC-2021", "BRANCH-2025");
    }
}
