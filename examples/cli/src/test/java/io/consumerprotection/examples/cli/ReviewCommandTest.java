package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReviewCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<JsonNode> lines(String out) {
        return out.lines().map(JSON::readTree).toList();
    }

    @Test
    void scanAnswersEachLineWithFindingsOrAnEmptyList() {
        CliRun r = CliRun.withInput(String.join("\n",
                "{\"id\":\"a\",\"kind\":\"MARKETING\",\"text\":\"本产品零风险，稳赚不赔\"}",
                "{\"id\":\"b\",\"kind\":\"MARKETING\",\"text\":\"本产品不保本，理财非存款。\"}",
                "{\"id\":\"c\",\"kind\":\"CONTRACT\",\"text\":\"最终解释权归本行所有\"}",
                "{\"id\":\"d\",\"kind\":\"POSTER\",\"text\":\"x\"}",
                ""), "review", "scan");
        assertThat(r.exit()).isEqualTo(Cli.SOME_ERRORS);
        List<JsonNode> out = lines(r.out());
        assertThat(out).hasSize(4);
        JsonNode a = out.get(0);
        assertThat(a.get("id").asString()).isEqualTo("a");
        assertThat(a.get("findings")).hasSize(2);
        JsonNode z = a.get("findings").get(0);
        assertThat(z.get("ruleId").asString()).isEqualTo("MKT-ZERO-RISK");
        assertThat(z.get("category").asString()).isEqualTo("ZERO_RISK");
        assertThat(z.get("start").asInt()).isEqualTo(3);
        assertThat(z.get("end").asInt()).isEqualTo(6);
        assertThat(z.get("quote").asString()).isEqualTo("零风险");
        assertThat(z.get("severity").asString()).isEqualTo("HIGH");
        assertThat(z.get("citation").asString()).contains("广告法");
        assertThat(z.get("suggestion").asString()).isNotBlank();
        assertThat(out.get(1).get("findings")).isEmpty();
        assertThat(out.get(2).get("findings").get(0).get("category").asString()).isEqualTo("FINAL_INTERPRETATION");
        assertThat(out.get(3).get("error").get("code").asString()).isEqualTo("INVALID_INPUT");
    }

    @Test
    void cleanTextsExitZero() {
        CliRun r = CliRun.withInput("{\"id\":\"b\",\"kind\":\"MARKETING\",\"text\":\"本产品并非零风险产品。\"}\n",
                "review", "scan");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out().strip()).isEqualTo("{\"id\":\"b\",\"findings\":[]}");
    }

    @Test
    void reviewAloneAndHelpShowUsage() {
        assertThat(CliRun.run("review").exit()).isEqualTo(Cli.USAGE);
        CliRun help = CliRun.run("review", "--help");
        assertThat(help.exit()).isEqualTo(Cli.OK);
        assertThat(help.out()).contains("scan").contains("消保审查");
        assertThat(CliRun.run("review", "scan", "--help").out()).contains("kind").contains("MARKETING");
    }
}
