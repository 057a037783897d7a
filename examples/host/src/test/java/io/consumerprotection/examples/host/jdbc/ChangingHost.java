package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.examples.host.audit.FileAuditKeys;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * The process {@link AuditKillTest} kills and {@link ChainWritersTest} runs twice at once: it handles complaints
 * through the facade on a JDBC host as fast as it can (intake, accept, assign, investigate), each change with its
 * keyed audit record, and also appends trail records of its own. It prints {@code READY} after its first change
 * and {@code DONE n} after {@code changes} changes (or runs until killed when {@code changes} is 0).
 *
 * <p>Arguments: JDBC URL, schema or {@code -}, audit key file, number of changes (0: forever), writer label.
 */
public final class ChangingHost {

    private ChangingHost() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String schema = args[1].equals("-") ? null : args[1];
        Path keyFile = Path.of(args[2]);
        int changes = Integer.parseInt(args[3]);
        String label = args[4];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JdbcHost host = JdbcHost.connect(url, url.startsWith("jdbc:postgresql:") ? "postgres" : null,
                url.startsWith("jdbc:postgresql:") ? "" : null, schema);
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(host.complaintStore())
                .notificationSender(host.notificationSender()).auditKeys(FileAuditKeys.createOrOpen(keyFile))
                .clock(Clock.systemUTC()).build();
        int done = 0;
        for (int i = 0; changes == 0 || done < changes; i++) {
            Complaint c = cp.complaints().intake(Intake.builder().channel(Channel.HOTLINE)
                    .channelReference(label + "-" + UUID.randomUUID())
                    .complainant(Complainant.person("CUST-" + i, "客户")).request("退还年费")
                    .narrative("信用卡年费未经告知被扣收，要求退还。").receivedAt(Clock.systemUTC().instant())
                    .receivingUnit("BR-01").firstContactHandler("EMP-1").build(), "EMP-1").complaint();
            done++;
            if (done == 1) {
                out.println("READY");
            }
            c = cp.complaints().act(c, new ComplaintAction.Accept(), "EMP-1");
            c = cp.complaints().act(c, new ComplaintAction.Assign("EMP-2"), "EMP-1");
            cp.complaints().act(c, new ComplaintAction.StartInvestigation(), "EMP-2");
            cp.auditTrail().append("EMP-9", "PII_REVEALED", "CUSTOMER_FIELD", "CUST-" + i, "核实身份", "SUCCEEDED",
                    java.util.Map.of("writer", label));
            done += 4;
        }
        out.println("DONE " + done);
        host.close();
    }
}
