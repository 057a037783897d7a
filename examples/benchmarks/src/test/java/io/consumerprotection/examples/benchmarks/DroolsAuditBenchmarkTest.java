package io.consumerprotection.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.DeadlineEvaluator;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.FindingKind;
import io.consumerprotection.core.audit.RuleId;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/** The DRL rules of the peer benchmark find exactly what the SDK's rules find on the benchmark pool. */
class DroolsAuditBenchmarkTest {

    @Test
    void droolsAndTheSdkAgreeOnTheFiveRules() {
        ComplaintRecord[] pool = AuditComplaints.pool(256);
        KieBase kieBase = new KieHelper().addContent(DroolsAuditBenchmark.DRL, ResourceType.DRL).build();
        List<String> drools = DroolsAuditBenchmark.failuresOnPool(kieBase, pool);

        RuleSet five = BuiltInRules.complaints().toBuilder("five", "1").enableOnly(List.of(RuleId.of("CP-COMPLAINT-001"),
                RuleId.of("CP-COMPLAINT-002"), RuleId.of("CP-COMPLAINT-004"), RuleId.of("CP-COMPLAINT-011"),
                RuleId.of("CP-COMPLAINT-013"))).build();
        AuditContext context = AuditContext.builder(AuditComplaints.AS_OF)
                .deadlines(DeadlineEvaluator.recorded(DeadlineEngine.builder().allowProvisional(true).build(),
                        PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10)).build();
        List<String> sdk = new ArrayList<>();
        AuditRun.builder(five, context).complaints(() -> Stream.of(pool)).build().execute((Finding f) -> {
            // the DRL rule checks decided complaints only; the SDK also fails open complaints past their due date
            boolean openOverdue = f.ruleId().value().equals("CP-COMPLAINT-001") && f.message().contains("not decided");
            if (f.kind() == FindingKind.FAIL && !openOverdue) {
                sdk.add(f.ruleId().value() + " " + f.subjectId());
            }
        });
        sdk.sort(null);
        assertThat(drools).isNotEmpty().isEqualTo(sdk);
        assertThat(Arrays.stream(pool).count()).isEqualTo(256);
    }
}
