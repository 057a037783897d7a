package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.partner.PartnerDirectory;
import io.consumerprotection.core.partner.PartnerId;
import io.consumerprotection.core.partner.PartnerKind;
import io.consumerprotection.core.partner.ProtectionAgreement;
import io.consumerprotection.core.privacy.AffectedConsumers;
import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.core.privacy.IncidentId;
import io.consumerprotection.core.privacy.IncidentRegister;
import io.consumerprotection.core.privacy.IncidentReport;
import io.consumerprotection.core.rectification.RectificationId;
import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.RectificationSource;
import io.consumerprotection.core.rectification.Rectifications;
import io.consumerprotection.core.rectification.SourceReference;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.jdbc.JdbcIncidentStore;
import io.consumerprotection.jdbc.JdbcPartnerRegistry;
import io.consumerprotection.jdbc.JdbcRectificationStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DueCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsOpenIncidentDutiesAndPartnerEvaluationsWithTheirStatusAndExitsOneWhenOverdue() {
        String url = "jdbc:h2:file:" + dir.resolve("bank").toAbsolutePath();
        Instant found = Instant.parse("2026-03-02T01:30:00Z");
        try (JdbcHost host = JdbcHost.connect(url)) {
            Clock clock = Clock.fixed(found.plusSeconds(60), ZoneId.of("Asia/Shanghai"));
            AuditTrail trail = AuditTrail.of(host.auditSink(), clock);
            IncidentRegister r = IncidentRegister.of(new JdbcIncidentStore(host.dataSource()), trail, clock);
            r.record(new IncidentReport(IncidentId.of("INC-1"), "BR-001", found, Set.of(FieldType.MOBILE),
                    AffectedConsumers.of("PERSONAL_CUSTOMERS", 40), "", false, "STAFF-1"));
            r.reportToRegulator(IncidentId.of("INC-1"), "STAFF-1", found.plusSeconds(30), "PBOC-1");
            PartnerDirectory p = PartnerDirectory.of(new JdbcPartnerRegistry(host.dataSource()), trail, clock,
                    ZoneId.of("Asia/Shanghai"));
            p.apply(PartnerId.of("P-1"), "某某基金", PartnerKind.FUND_COMPANY, "STAFF-1");
            p.admit(PartnerId.of("P-1"), "STAFF-1", ProtectionAgreement.of("AGR-1", Set.of(), Set.of()), Period.ofMonths(1), "通过");
        }

        CliRun early = CliRun.run("due", "--jdbc", url, "--at", "2026-03-03T01:30:00Z");
        assertThat(early.exit()).as(early.err()).isEqualTo(Cli.OK);
        JsonNode e = JsonLinesCommand.JSON.readTree(early.out());
        assertThat(e.get("incidentDuties")).hasSize(1);
        assertThat(e.get("incidentDuties").get(0).get("duty").stringValue()).isEqualTo("NOTIFY_CONSUMERS");
        assertThat(e.get("incidentDuties").get(0).get("dueAt").stringValue()).isEqualTo("2026-03-05T01:30:00Z");
        assertThat(e.get("incidentDuties").get(0).get("status").stringValue()).isEqualTo("ON_TRACK");
        assertThat(e.get("partnerEvaluations").get(0).get("dueStatus").stringValue()).isEqualTo("DUE_SOON");

        CliRun late = CliRun.run("due", "--jdbc", url, "--at", "2026-04-05T00:00:00Z");
        assertThat(late.exit()).isEqualTo(Cli.SOME_ERRORS);
        JsonNode l = JsonLinesCommand.JSON.readTree(late.out());
        assertThat(l.get("incidentDuties").get(0).get("statusZh").stringValue()).isEqualTo("逾期");
        assertThat(l.get("partnerEvaluations").get(0).get("dueStatus").stringValue()).isEqualTo("OVERDUE");

        CliRun bad = CliRun.run("due", "--jdbc", url, "--at", "tomorrow");
        assertThat(bad.exit()).isEqualTo(Cli.USAGE);
        assertThat(bad.err()).contains("--at").hasLineCount(1);
    }

    @Test
    void listsOpenRectificationItemsDueSoonOrPastButNotDoneOrLaterOnes() {
        String url = "jdbc:h2:file:" + dir.resolve("items").toAbsolutePath();
        ZoneId china = ZoneId.of("Asia/Shanghai");
        Instant opened = Instant.parse("2026-03-02T01:30:00Z");
        try (JdbcHost host = JdbcHost.connect(url)) {
            Rectifications r = Rectifications.on(new JdbcRectificationStore(host.dataSource()));
            for (Object[] x : new Object[][] {{"R-LATE", LocalDate.of(2026, 3, 20)}, {"R-SOON", LocalDate.of(2026, 4, 20)},
                {"R-LATER", LocalDate.of(2026, 9, 1)}, {"R-DONE", LocalDate.of(2026, 3, 10)}}) {
                RectificationItem item = r.open(RectificationItem.open(RectificationId.of((String) x[0]),
                        SourceReference.of(RectificationSource.INSPECTION, "MS-1"), "INSPECTION:SERVICE-6:TELLER", "BR-001",
                        "UNIT_HEAD", "未执行唱收唱付", (LocalDate) x[1], opened, china));
                if (x[0].equals("R-DONE")) {
                    r.save(item.withPlan("当场整改").complete(opened.plusSeconds(60), List.of("ON_SPOT:MS-1")));
                }
            }
        }

        CliRun run = CliRun.run("due", "--jdbc", url, "--at", "2026-04-01T01:30:00Z");

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.SOME_ERRORS);
        JsonNode items = JsonLinesCommand.JSON.readTree(run.out()).get("rectificationItems");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("item").stringValue()).isEqualTo("R-LATE");
        assertThat(items.get(0).get("status").stringValue()).isEqualTo("OVERDUE");
        assertThat(items.get(0).get("dueStatusZh").stringValue()).isEqualTo("逾期");
        assertThat(items.get(0).get("sourceRef").stringValue()).isEqualTo("MS-1");
        assertThat(items.get(1).get("item").stringValue()).isEqualTo("R-SOON");
        assertThat(items.get(1).get("dueStatus").stringValue()).isEqualTo("DUE_SOON");
        assertThat(run.out()).doesNotContain("唱收唱付");

        CliRun before = CliRun.run("due", "--jdbc", url, "--at", "2026-03-05T01:30:00Z", "--within-days", "10");
        assertThat(before.exit()).as(before.err()).isEqualTo(Cli.OK);
        assertThat(JsonLinesCommand.JSON.readTree(before.out()).get("rectificationItems")).hasSize(0);
    }
}
