package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.examples.host.audit.FileAuditKeys;
import io.consumerprotection.examples.host.audit.FileChainAnchor;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trail verify} over an H2 file a host wrote with a key and checkpoints, intact and then with its tail cut. */
class TrailCommandTest {

    @TempDir
    Path dir;

    @Test
    void anIntactTrailExitsZeroAndADeletedTailIsListedWithItsIndex() throws Exception {
        Path db = dir.resolve("bank");
        Path key = dir.resolve("bank.key");
        Path checkpoints = dir.resolve("checkpoints.tsv");
        String url = "jdbc:h2:file:" + db.toAbsolutePath();
        try (JdbcHost host = JdbcHost.connect(url)) {
            ConsumerProtection cp = ConsumerProtection.builder().complaintStore(host.complaintStore())
                    .notificationSender(host.notificationSender()).auditKeys(FileAuditKeys.createOrOpen(key))
                    .chainAnchor(FileChainAnchor.at(checkpoints)).clock(Clock.systemUTC()).build();
            for (int i = 0; i < 2; i++) {
                Complaint c = cp.complaints().intake(Intake.builder().channel(Channel.HOTLINE).channelReference("R-" + i)
                        .complainant(Complainant.person("CUST-" + i, "客户")).request("退还年费")
                        .narrative("信用卡年费未经告知被扣收。").receivedAt(Clock.systemUTC().instant())
                        .receivingUnit("BR-01").firstContactHandler("EMP-1").build(), "EMP-1").complaint();
                cp.complaints().act(c, new ComplaintAction.Accept(), "EMP-1");
            }
            cp.auditTrail().checkpoint();
        }
        String[] args = {"trail", "verify", "--jdbc", url, "--key-file", key.toString(), "--checkpoints",
                checkpoints.toString()};

        CliRun intact = CliRun.run(args);
        assertThat(intact.exit()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("\"records\":4", "\"intact\":true", "\"problems\":[]");

        try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DELETE FROM audit_record WHERE seq = (SELECT MAX(seq) FROM audit_record)");
        }
        CliRun cut = CliRun.run(args);
        assertThat(cut.exit()).isEqualTo(Cli.SOME_ERRORS);
        assertThat(cut.out()).contains("\"intact\":false", "{\"index\":3,\"id\":\"\",\"problem\":\"TAIL_MISSING\"}",
                "\"COMPLAINT_VERSION_UNRECORDED\":1");
    }

    @Test
    void aMissingKeyFileIsOneLineNamingTheOption() {
        CliRun run = CliRun.run("trail", "verify", "--jdbc", "jdbc:h2:file:" + dir.resolve("x").toAbsolutePath(),
                "--key-file", dir.resolve("missing.key").toString());
        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("--key-file").doesNotContain("Exception");
    }
}
